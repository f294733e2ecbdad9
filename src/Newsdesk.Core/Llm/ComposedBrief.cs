using Newsdesk.Core.Model;

namespace Newsdesk.Core.Llm;

/// <summary>A brief assembled from a model's draft: how many generated sentences were kept and dropped, why, and
/// whether enough survived to publish it (otherwise the router asks a stronger model).</summary>
public sealed record ComposedBrief(StoryBrief Brief, int Kept, int Unsupported, IReadOnlyList<string> Problems)
{
    /// <summary>The TL;DR and two summary sentences survived, and no more than a third of what the model wrote was
    /// unsupported.</summary>
    public bool IsValid =>
        Brief.Section(BriefSectionKind.TlDr) is not null
        && Brief.Section(BriefSectionKind.Summary)?.Items.Count >= 2
        && Unsupported * 3 <= Kept + Unsupported;

    public string Verdict => IsValid
        ? $"{Kept} sentences kept, {Unsupported} unsupported dropped"
        : $"rejected: {Kept} kept, {Unsupported} unsupported ({string.Join("; ", Problems.Distinct().Take(3))})";
}
