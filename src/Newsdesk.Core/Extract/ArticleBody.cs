using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Assembles the article's paragraphs from the chosen containers' runs: kept runs in order, a repeated caption said
/// once, everything after an end-of-article marker ("Related", "Mehr zum Thema") cut when it is the smaller part, and
/// headings and short labels left at the end dropped.
/// </summary>
internal static partial class ArticleBody
{
    private const int RepeatableChars = 60;
    private const int LabelChars = 20;
    private const int MarkerChars = 30;
    private const int LongMarkerChars = 60;

    public static List<string> Paragraphs(RunVerdicts verdicts, IReadOnlyList<ElementStats> containers) => Paragraphs(verdicts, [], containers);

    /// <summary>The lead's runs (see <see cref="ArticleLead"/>) come first, then the containers' runs.</summary>
    public static List<string> Paragraphs(RunVerdicts verdicts, IReadOnlyList<int> lead, IReadOnlyList<ElementStats> containers)
    {
        var scan = verdicts.Scan;
        var paragraphs = new List<string>();
        var labels = new List<bool>();
        var proseKinds = new List<string?>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var markers = new List<(int Paragraphs, int Chars, bool Announces)>();
        var chars = 0;
        foreach (var i in lead.Concat(containers.SelectMany(c => Enumerable.Range(c.FirstRun, c.EndRun - c.FirstRun))))
        {
            var run = scan.Runs[i];
            if (IsEndMarker(run))
            {
                markers.Add((paragraphs.Count, chars, run.Text.EndsWith(':')));
            }

            // A caption or pull quote repeated in the page is said once; a short line repeated, like the same
            // line in each of several menus, is the article's own.
            if (verdicts.Keeps(i) && (run.Text.Length < RepeatableChars || seen.Add(run.Text)))
            {
                var parts = run.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                paragraphs.AddRange(parts);
                labels.AddRange(parts.Select(p => (HtmlTags.IsHeading(run.Owner.LocalName) && p[^1] != '.') || (run.Owner.LocalName != "li" && IsLabel(p))));
                var proseKind = run.IsProse ? run.Markup : null;
                proseKinds.AddRange(parts.Select(_ => proseKind));
                chars += run.Text.Length;
            }
        }

        // Cut at the first marker that has more article above it than below: a "Related" box mid-article stays
        // harmless, a reading list after the article goes. A box title ("Related") is passed over when paragraphs of
        // the article's own markup follow its box: the article goes on after it. A marker ending in a colon
        // ("Quellenangaben:") announces what follows directly, so the paragraphs after it are its list.
        foreach (var (count, before, announces) in markers)
        {
            if (before >= 3 * (chars - before) && (announces || !ContinuesAfter(proseKinds, count)))
            {
                paragraphs.RemoveRange(count, paragraphs.Count - count);
                labels.RemoveRange(count, labels.Count - count);
                break;
            }
        }

        // A heading or a short label closing the article heads nothing: the box it labelled ("Weitere Themen",
        // "Kontakt", "drukuj") was a link list or boilerplate and is gone.
        while (paragraphs.Count > 1 && labels[^1])
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            labels.RemoveAt(labels.Count - 1);
        }

        return paragraphs;
    }

    /// <summary>Whether prose marked up like the prose above the marker follows it: the article goes on.</summary>
    private static bool ContinuesAfter(List<string?> proseKinds, int marker)
    {
        var before = proseKinds.Take(marker).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return proseKinds.Skip(marker).Any(k => k is not null && before.Contains(k));
    }

    /// <summary>
    /// A line under 20 characters that ends no sentence. 20 measured against 12, 25 and 30: trafilatura-dev F1 0.9255,
    /// 0.9264, 0.9263, 0.9255; scrapinghub 0.9718 at 12 to 20.
    /// </summary>
    private static bool IsLabel(string line) => line.Length < LabelChars && line[^1] is not ('.' or '!' or '?' or '"' or ')');

    /// <summary>
    /// A line that opens what follows the article: short (30 characters), or a heading or a line ending in a colon of
    /// up to 60 ("Weitere Beiträge aus der Kolumne:", "Das könnte Sie auch interessieren!"). Plain lines of 30 to 50
    /// characters measured too: scrapinghub 0.9719 -> 0.9711 (English paragraphs that begin "Related …" mid-article).
    /// </summary>
    private static bool IsEndMarker(TextRun run) =>
        run.Text.Length <= (HtmlTags.IsHeading(run.Owner.LocalName) || run.Text.EndsWith(':') ? LongMarkerChars : MarkerChars) && EndMarker().IsMatch(run.Text);

    [GeneratedRegex(@"(?i)^\W*(related|more from|more on this|more stories|read next|recommended|you may also like|you might also like|also read|most read|most popular|further reading|see also|mehr zum thema|mehr aus|das könnte sie auch interessieren|lesen sie auch|auch interessant|meistgelesen|weitere\s+\w+|weiterführende|zum weiterlesen|explore further|veja também|quellenangaben|temas relacionados|artículos relacionados|aktuelle berichte|das könnte dich)")]
    private static partial Regex EndMarker();
}
