using System.Text.Json.Serialization;

namespace Newsdesk.Core.Model;

/// <summary>A ranked key phrase or named thing, with a one-line explanation drawn from the sources.</summary>
public sealed record KeyTerm(string Term, double Score, KeyTermKind Kind)
{
    public string? Explanation { get; init; }

    /// <summary>True for numbers with their unit; they describe a story but are not phrases to match or tag.</summary>
    [JsonIgnore]
    public bool IsFigure => Kind is KeyTermKind.Figure or KeyTermKind.Percentage or KeyTermKind.Money or KeyTermKind.Count;
}
