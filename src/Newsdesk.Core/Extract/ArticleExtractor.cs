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
        var document = new HtmlParser(ParserOptions).ParseDocument(NestingLimiter.Limit(html));
        var metadata = MetadataReader.Read(document, url);
        var title = metadata.Title ?? "";
        var root = document.Body ?? document.DocumentElement;
        var scan = PageScanner.Scan(root);
        var verdicts = new RunVerdicts(scan, title);
        var containers = ContentSelector.Select(verdicts);
        var paragraphs = ArticleBody.Paragraphs(verdicts, ArticleLead.Runs(verdicts, containers), containers);
        var lowConfidence = false;
        if (paragraphs.Count == 0)
        {
            // Nothing scored as the main text: rather than refuse a page with readable text, take its best text block,
            // then text a script template holds (pages that render their body from one), then its own description.
            paragraphs = FallbackText.Paragraphs(document, verdicts, title, metadata.Description);
            lowConfidence = paragraphs.Count > 0;
        }

        if (paragraphs.Count == 0 || ErrorPage.Looks(title, document.Title, paragraphs))
        {
            throw new NoArticleException(url.ToString());
        }

        var language = metadata.Language is "en" or "de" ? metadata.Language : LanguageIdentifier.Identify(Sample(paragraphs));
        return new Article
        {
            Url = url.ToString(),
            CanonicalUrl = metadata.CanonicalUrl,
            Title = title.Length > 0 ? title : paragraphs[0],
            Byline = metadata.Byline,
            Published = metadata.Published,
            Modified = metadata.Modified,
            LeadImage = metadata.LeadImage,
            Language = language,
            SiteName = metadata.SiteName,
            Paragraphs = paragraphs,
            ContentHash = ContentHash.Of(title, paragraphs),
            LowConfidence = lowConfidence,
        };
    }

    /// <summary>The article's text, or "" for a page with none: what extraction benchmarks score.</summary>
    public static string TextOrEmpty(string html, Uri url)
    {
        try
        {
            return Extract(html, url).Text;
        }
        catch (NoArticleException)
        {
            return "";
        }
    }

    /// <summary>The opening paragraphs, a few thousand characters: plenty to tell the language, and bounded.</summary>
    private static string Sample(List<string> paragraphs)
    {
        var sample = new System.Text.StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            sample.Append(paragraph).Append('\n');
            if (sample.Length >= 3000)
            {
                break;
            }
        }

        return sample.ToString();
    }
}
