using System.Text.RegularExpressions;

namespace Newsdesk.Core.Eval;

/// <summary>
/// trafilatura's snippet protocol: the extracted text (title and body together) and each snippet are
/// whitespace-normalised; a "with" snippet found in the text is a true positive, else a false negative; a "without"
/// snippet found is a false positive, else a true negative. Counts are summed over pages; a refused page extracted
/// nothing.
/// </summary>
public static partial class SnippetScorer
{
    public static SnippetCounts ScorePage(string? extracted, IReadOnlyList<string> with, IReadOnlyList<string> without) =>
        Check(extracted, with, without).Counts;

    /// <summary>One page's counts with the "with" snippets missed and the "without" snippets let in, as given.</summary>
    public static SnippetPageScore Check(string? extracted, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        var text = Normalise(extracted ?? "");
        var missed = with.Where(s => !text.Contains(Normalise(s), StringComparison.Ordinal)).ToList();
        var leaked = without.Where(s => text.Contains(Normalise(s), StringComparison.Ordinal)).ToList();
        return new SnippetPageScore(new SnippetCounts(with.Count - missed.Count, missed.Count, leaked.Count, without.Count - leaked.Count), missed, leaked);
    }

    public static SnippetCounts Sum(IEnumerable<SnippetCounts> pages) =>
        pages.Aggregate(new SnippetCounts(0, 0, 0, 0), (a, b) => new SnippetCounts(a.TruePositives + b.TruePositives, a.FalseNegatives + b.FalseNegatives,
            a.FalsePositives + b.FalsePositives, a.TrueNegatives + b.TrueNegatives));

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>One page's snippet counts, and which snippets it missed and let in.</summary>
public sealed record SnippetPageScore(SnippetCounts Counts, IReadOnlyList<string> Missed, IReadOnlyList<string> Leaked);

/// <summary>Snippet counts of one page or a whole set, with the set's precision, recall and F1.</summary>
public sealed record SnippetCounts(int TruePositives, int FalseNegatives, int FalsePositives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : TruePositives / (double)(TruePositives + FalseNegatives);

    public double F1 => 2 * TruePositives + FalsePositives + FalseNegatives == 0 ? 0 : 2.0 * TruePositives / (2 * TruePositives + FalsePositives + FalseNegatives);
}
