using System.Text.RegularExpressions;

namespace Newsdesk.Core.Publish.Html;

/// <summary>
/// Makes a reader page work as a static file: opened from disk or served under any sub-path. The live reader's
/// root-relative links ("/en/slug/", "/assets/site.css") become relative to the page ("../../en/slug/index.html"),
/// folder links name their index.html (a file browser does not), and the search box — the export has no server
/// to ask — is left out.
/// </summary>
public static partial class RelativeLinks
{
    /// <param name="html">A page as the live reader renders it.</param>
    /// <param name="pagePath">Where the page is written in the export, e.g. "en/2026-06-22-slug/index.html".</param>
    public static string Rewrite(string html, string pagePath)
    {
        var depth = pagePath.Count(c => c == '/');
        var up = depth == 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
        var withoutSearch = SearchForm().Replace(html, "");
        return RootLink().Replace(withoutSearch, m =>
        {
            var (attribute, path, rest) = (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
            var target = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
            return $"{attribute}=\"{up}{target}{rest}\"";
        });
    }

    [GeneratedRegex("<form class=\"search\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex SearchForm();

    /// <summary>href or src whose value starts with one "/" (not "//host"): the path, then any query or fragment.</summary>
    [GeneratedRegex("\\b(href|src)=\"/(?!/)([^\"?#]*)([^\"]*)\"")]
    private static partial Regex RootLink();
}
