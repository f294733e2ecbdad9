using AngleSharp.Html.Parser;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Extract;

/// <summary>
/// Turns an HTML page into an <see cref="Article"/>: one pass scores every container by the prose under it
/// (<see cref="PageScanner"/>), <see cref="ContentSelector"/> picks the article's elements, and their text runs are
/// kept in order once stock lines, link lists and the headline are dropped.
/// </summary>
public static class ArticleExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { SkipComments = true, DisableElementPositionTracking = true };

    public static Article Extract(string html, Uri url)
    {
        var document = new HtmlParser(ParserOptions).ParseDocument(html);
        var metadata = MetadataReader.Read(document, url);
        var title = metadata.Title ?? "";
        var root = document.Body ?? document.DocumentElement;
        var scan = PageScanner.Scan(root);
        var paragraphs = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var container in ContentSelector.Select(scan, title))
        {
            for (var i = container.FirstRun; i < container.EndRun; i++)
            {
                // A caption or pull quote repeated in the page is said once.
                if (RunFilter.Keeps(scan.Runs[i], title, scan.Boilerplate) && (scan.Runs[i].Text.Length < 30 || seen.Add(scan.Runs[i].Text)))
                {
                    paragraphs.AddRange(scan.Runs[i].Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            }
        }

        if (paragraphs.Count == 0)
        {
            throw new NoArticleException(url.ToString());
        }

        var language = metadata.Language is "en" or "de" ? metadata.Language : LanguageIdentifier.Identify(string.Join('\n', paragraphs));
        return new Article
        {
            Url = url.ToString(),
            CanonicalUrl = metadata.CanonicalUrl,
            Title = title.Length > 0 ? title : paragraphs[0],
            Byline = metadata.Byline,
            Published = metadata.Published,
            Language = language,
            SiteName = metadata.SiteName,
            Paragraphs = paragraphs,
            ContentHash = ContentHash.Of(title, paragraphs),
        };
    }
}
