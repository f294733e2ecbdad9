using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Which text runs inside the chosen containers are article text: not a link list, a stock line, the headline, a
/// byline or dateline, or a photo caption or credit. Short lines stay: list items and subheads of two words are
/// article text as often as widget labels are not.
/// </summary>
internal static partial class RunFilter
{
    /// <summary>
    /// A run mostly of link text is a link list or a "read more" line; a paragraph that links a few names is prose.
    /// 0.7 rather than Readability's 0.5: trafilatura-dev F1 0.9231 -> 0.9236, scrapinghub 0.9709 -> 0.9718 (0.5 to 1.0
    /// measured; above 0.8 both fall).
    /// </summary>
    private const double MaxLinkDensity = 0.7;

    public static bool Keeps(TextRun run, string title, BoilerplateScope boilerplate)
    {
        if (boilerplate.IsBoilerplate(run.UnlikelyScope) || run.LinkDensity >= MaxLinkDensity)
        {
            return false;
        }

        var text = run.Text;
        if (run.Owner.LocalName == "h1" || string.Equals(text, title.Trim(), StringComparison.OrdinalIgnoreCase) || BoilerplateRules.IsBoilerplateLine(text))
        {
            return false;
        }

        if (text.Length < 100 && !EndsSentence(text) && (Byline().IsMatch(text) || Dateline().IsMatch(text)))
        {
            return false;
        }

        return !Caption().IsMatch(text) && !(text.Length < 80 && !EndsSentence(text) && PhotoCredit().IsMatch(text));
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '“' or '»' or '«' or ')' or '…';

    /// <summary>A photo caption that ends in its credit: "… (Image: GETTY)", "… Foto: dpa".</summary>
    [GeneratedRegex(@"(?i)(\((image|photo|picture|pic|foto|bild|credit|quelle)s?\s*:[^)]*\)|\([^()]*\b(photo|foto|bild|image)\b[^()]*\)|\b(photo|foto|bild|credit)s?\s*:\s*[\p{L} /.&-]{2,40})$")]
    private static partial Regex Caption();

    /// <summary>A bare credit line: "Natalie Naccache | Bloomberg | Getty Images".</summary>
    [GeneratedRegex(@"(?i)(getty images|reuters|\bafp|\bap\b|\bdpa|shutterstock|imago|picture alliance|istock)\W*$")]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?i:by|von|text:|written by|story by|reporting by|posted by|author:|autor:)\s+\p{Lu}")]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?i)^(updated|published|posted|last updated|aktualisiert|veröffentlicht|stand:)\b|^vor\s+\d+\s+(minuten|stunden|tagen|wochen)\b|^\d+\s+(minutes?|hours?|days?|weeks?)\s+ago\b|^\W*\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\.?\s+(jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*\.?\s+\d{4}\b|\b\d{1,2}:\d{2}\s*(am|pm|uhr|a\.m\.|p\.m\.)?")]
    private static partial Regex Dateline();
}
