namespace Newsdesk.Core.Model;

/// <summary>One sentence or bullet of a brief, with the numbers of the sources that support it.</summary>
public sealed record BriefItem(string Text, IReadOnlyList<int> Citations)
{
    /// <summary>For FAQ items: the question that <see cref="Text"/> answers. For key terms: the term.</summary>
    public string? Label { get; init; }

    /// <summary>For key terms: what the term names (a person, an organisation, a place…); null for a plain phrase.</summary>
    public KeyTermKind? Kind { get; init; }

    /// <summary>For timeline and related items: the slug of the story linked to.</summary>
    public string? LinkSlug { get; init; }
}
