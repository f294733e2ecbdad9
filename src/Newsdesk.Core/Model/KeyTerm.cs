namespace Newsdesk.Core.Model;

/// <summary>A ranked key phrase or named thing, with a one-line explanation drawn from the sources.</summary>
public sealed record KeyTerm(string Term, double Score, KeyTermKind Kind)
{
    public string? Explanation { get; init; }
}
