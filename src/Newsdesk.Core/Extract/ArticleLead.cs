namespace Newsdesk.Core.Extract;

/// <summary>
/// The lead between the headline and the body: many templates set the standfirst, deck or summary in the page
/// header ("intro", "teaser-text", "excerpt", an h2 under the h1), apart from the container that holds the body, so
/// the scorer never picks it. It is found from the headline: the nearest heading above the body whose words are the
/// page title's, then every paragraph below it that is prose and passes the run filter. Not taken: text under an
/// element named like boilerplate even when it holds enough text to count as content (a caption, an image box), and
/// headings — a deck set as a subheading reads as part of the headline, and news annotators leave it out (scrapinghub
/// F1 0.9686 with decks, 0.9706 without; trafilatura-dev 0.9201 / 0.9183) — nor a photo caption or a "By … on …"
/// dateline set as a paragraph. No headline, no lead; a page whose h1 is its logo takes nothing from above its body.
/// </summary>
internal static partial class ArticleLead
{
    private const int MinChars = 40;
    private const double MaxLinkDensity = 0.3;

    public static IReadOnlyList<int> Runs(RunVerdicts verdicts, IReadOnlyList<ElementStats> containers)
    {
        if (containers.Count == 0 || verdicts.Headline.IsEmpty)
        {
            return [];
        }

        var runs = verdicts.Scan.Runs;
        var bodyStart = containers.Min(c => c.FirstRun);
        var headline = -1;
        for (var i = bodyStart - 1; i >= 0; i--)
        {
            if (runs[i].Owner.LocalName is "h1" or "h2" or "h3" && verdicts.Headline.Matches(runs[i].Text))
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
                && verdicts.Keeps(i) && !Text.PhotoCaption.Is(run.Text) && !Byline().IsMatch(run.Text))
            {
                lead.Add(i);
            }
        }

        return lead;
    }

    /// <summary>A dateline set as a paragraph under the headline: "By Louis Jacobson on Monday, November 18th …".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?i:by|von)\s+\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+)*\s+(?i:on|am)\s")]
    private static partial System.Text.RegularExpressions.Regex Byline();
}
