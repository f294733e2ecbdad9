using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Which text runs inside the chosen containers are article text: not a link list, a stock line, the headline, a
/// byline or dateline. Short lines stay: list items and
/// subheads of two words are article text as often as widget labels are not.
/// </summary>
internal static partial class RunFilter
{
    public static bool Keeps(TextRun run, string title, BoilerplateScope boilerplate)
    {
        if (boilerplate.IsBoilerplate(run.UnlikelyScope) || run.LinkDensity >= 0.5)
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

        return true;
    }

    private static bool EndsSentence(string text) => text[^1] is '.' or '!' or '?' or ':' or '"' or '”' or '“' or '»' or '«' or ')' or '…';

    [GeneratedRegex(@"^(?i:by|von|text:|written by|story by|reporting by|posted by|author:|autor:)\s+\p{Lu}")]
    private static partial Regex Byline();

    [GeneratedRegex(@"(?i)^(updated|published|posted|last updated|aktualisiert|veröffentlicht|stand:)\b|^\W*\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b|\b\d{1,2}\.?\s+(jan|feb|mär|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*\.?\s+\d{4}\b|\b\d{1,2}:\d{2}\s*(am|pm|uhr|a\.m\.|p\.m\.)?")]
    private static partial Regex Dateline();
}
