using Newsdesk.Core.Extract;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Http;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>Gets a page's bytes (web or local file) and extracts its article, with the feed item's data as fallback.</summary>
public sealed class PageReader(HttpFetcher fetcher, HostPoliteness? politeness = null)
{
    public async Task<Article> ReadAsync(string url, FeedItem? item, long? sourceId, CancellationToken cancellationToken)
    {
        Article article;
        if (SourceLocator.LocalPath(url) is { } file && TextDocumentReader.Handles(file))
        {
            // Markdown and plain-text files: the same article, without an HTML detour.
            return TextDocumentReader.Read(await File.ReadAllTextAsync(file, cancellationToken), new Uri(url)) with { SourceId = sourceId };
        }

        try
        {
            var (html, finalUrl) = await LoadAsync(url, cancellationToken);
            article = ArticleExtractor.Extract(html, finalUrl);
        }
        catch (NoArticleException) when (item?.ContentHtml is { Length: > 0 } content)
        {
            // The page has no extractable body but the feed carried the full text: use that.
            article = ArticleExtractor.Extract($"<html><body><article>{content}</article></body></html>", new Uri(url));
        }

        return article with
        {
            SourceId = sourceId,
            Title = article.Title.Length > 0 ? article.Title : PlainText.From(item?.Title) ?? article.Title,
            Published = article.Published ?? item?.Published ?? item?.Updated,
            Byline = article.Byline ?? PlainText.From(item?.AuthorName ?? item?.Author),
        };
    }

    public async Task<(string Html, Uri FinalUrl)> LoadAsync(string url, CancellationToken cancellationToken)
    {
        if (SourceLocator.LocalPath(url) is { } path)
        {
            return (HtmlDecoder.Decode(await File.ReadAllBytesAsync(path, cancellationToken), null), new Uri(url));
        }

        var uri = new Uri(url);
        if (politeness is null)
        {
            var direct = await fetcher.FetchAsync(uri, cancellationToken: cancellationToken);
            return (HtmlDecoder.Decode(direct.Body, direct.Charset), direct.FinalUrl);
        }

        if (!await politeness.IsAllowedAsync(uri, cancellationToken))
        {
            throw new FetchException($"{url}: disallowed by the site's robots.txt");
        }

        using (await politeness.EnterAsync(uri, cancellationToken))
        {
            var result = await fetcher.FetchAsync(uri, cancellationToken: cancellationToken);
            return (HtmlDecoder.Decode(result.Body, result.Charset), result.FinalUrl);
        }
    }
}
