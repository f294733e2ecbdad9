namespace Newsdesk.Core.Extract;

/// <summary>
/// The lead between the headline and the body: many templates set the standfirst, deck or summary in the page
/// header ("intro", "teaser-text", "excerpt", an h2 under the h1), apart from the container that holds the body, so
/// the scorer never picks it. It is found from the headline: the nearest heading above the body whose words are the
/// page title's, then every paragraph below it that is prose and passes the run filter. Not taken: text under an
/// element named like boilerplate even when it holds enough text to count as content (a caption, an image box), and
/// headings — a deck set as a subheading reads as part of the headline, and news annotators leave it out (scrapinghub
/// F1 0.9686 with decks, 0.9706 without; trafilatura-dev 0.9201 / 0.9183). No headline, no lead; a page whose h1 is
/// its logo takes nothing from above its body.
/// </summary>
internal static class ArticleLead
{
    private const int MinChars = 40;
    private const double MaxLinkDensity = 0.3;

    public static IReadOnlyList<int> Runs(RunVerdicts verdicts, IReadOnlyList<ElementStats> containers, string title)
    {
        if (containers.Count == 0 || title.Length == 0)
        {
            return [];
        }

        var runs = verdicts.Scan.Runs;
        var bodyStart = containers.Min(c => c.FirstRun);
        var titleWords = Words(title).ToHashSet(StringComparer.Ordinal);
        var headline = -1;
        for (var i = bodyStart - 1; i >= 0; i--)
        {
            if (runs[i].Owner.LocalName is "h1" or "h2" or "h3" && IsTitle(runs[i].Text, titleWords))
            {
                headline = i;
                break;
            }
        }

        var lead = new List<int>();
        for (var i = headline + 1; headline >= 0 && i < bodyStart; i++)
        {
            var run = runs[i];
            if (run.Text.Length >= MinChars && run.LinkDensity < MaxLinkDensity && run.UnlikelyScope is null && !HtmlTags.IsHeading(run.Owner.LocalName)
                && verdicts.Keeps(i))
            {
                lead.Add(i);
            }
        }

        return lead;
    }

    /// <summary>Half the heading's words are in the title: titles carry the site's name, headings a kicker.</summary>
    private static bool IsTitle(string heading, HashSet<string> titleWords)
    {
        var words = Words(heading);
        return words.Count > 0 && words.Count(titleWords.Contains) * 2 >= words.Count;
    }

    private static List<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(Punctuation)).Where(w => w.Length > 0).ToList();

    private static readonly char[] Punctuation = ['.', ',', ':', ';', '!', '?', '"', '\'', '“', '”', '„', '«', '»', '(', ')', '–', '-', '|'];
}
