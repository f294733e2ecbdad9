using System.Text.RegularExpressions;

namespace Newsdesk.Core.Extract;

/// <summary>
/// A "page not found" or "Seite nicht gefunden" page says so in its title and has a sentence or two of apology:
/// that is not an article, however well it scores.
/// </summary>
internal static partial class ErrorPage
{
    private const int MaxErrorPageChars = 600;

    public static bool Looks(string title, string? documentTitle, List<string> paragraphs) =>
        (ErrorTitle().IsMatch(title) || ErrorTitle().IsMatch(documentTitle ?? ""))
        && paragraphs.Sum(p => p.Length) < MaxErrorPageChars;

    [GeneratedRegex(@"(?i)\b(404|410|not found|page (does not|doesn't) exist|no longer available|nicht gefunden|existiert nicht|nicht mehr verfügbar|fehler 404)\b")]
    private static partial Regex ErrorTitle();
}
