using Newsdesk.Core.Extract;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Http;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Gets a page's bytes (web or local file) and extracts its article, with the feed item's data as fallback. Bytes
/// that are not text are refused before parsing; local files obey the same size limit as downloads.
/// </summary>
public sealed class PageReader(HttpFetcher fetcher, HostPoliteness? politeness = null)
{
    /// <param name="url">The page or file to read.</param>
    /// <param name="item">The feed entry that linked to it, if any.</param>
    /// <param name="sourceId">The subscription it belongs to.</param>
    /// <param name="firstSeen">When Newsdesk first saw the item: the article's date when neither page nor feed gives one.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<Article> ReadAsync(string url, FeedItem? item, long? sourceId, CancellationToken cancellationToken, DateTimeOffset? firstSeen = null)
    {
        Article article;
        if (SourceLocator.LocalPath(url) is { } file && TextDocumentReader.Handles(file))
        {
            // Markdown and plain-text files: the same article, without an HTML detour.
            var bytes = await ReadLocalAsync(file, cancellationToken);
            article = TextDocumentReader.Read(HtmlDecoder.Decode(bytes, null), new Uri(url));
            return article with { SourceId = sourceId, Published = article.Published ?? firstSeen ?? DateTimeOffset.UtcNow };
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
            // A canonical link is the article's identity; one pointing at a local file (or any non-web scheme) is ignored.
            CanonicalUrl = article.CanonicalUrl is { } canonical && SourceLocator.IsWeb(canonical) ? canonical : null,
            Title = article.Title.Length > 0 ? article.Title : PlainText.From(item?.Title) ?? article.Title,
            Published = article.Published ?? item?.Published ?? item?.Updated ?? firstSeen ?? DateTimeOffset.UtcNow,
            Byline = article.Byline ?? PlainText.From(item?.AuthorName ?? item?.Author),
        };
    }

    public async Task<(string Html, Uri FinalUrl)> LoadAsync(string url, CancellationToken cancellationToken)
    {
        if (SourceLocator.LocalPath(url) is { } path)
        {
            return (HtmlDecoder.Decode(await ReadLocalAsync(path, cancellationToken), null), new Uri(url));
        }

        var uri = new Uri(url);
        if (politeness is null)
        {
            return Decode(await fetcher.FetchAsync(uri, cancellationToken: cancellationToken));
        }

        if (!await politeness.IsAllowedAsync(uri, cancellationToken))
        {
            throw new FetchException($"{url}: disallowed by the site's robots.txt", status: System.Net.HttpStatusCode.Forbidden);
        }

        using (await politeness.EnterAsync(uri, cancellationToken))
        {
            return Decode(await fetcher.FetchAsync(uri, cancellationToken: cancellationToken));
        }
    }

    private static (string Html, Uri FinalUrl) Decode(FetchResult result) =>
        ContentSniffer.Refusal(result.Body, result.MediaType) is { } refusal
            ? throw new NotTextException($"{result.FinalUrl} is not a page: {refusal}")
            : (HtmlDecoder.Decode(result.Body, result.Charset), result.FinalUrl);

    private async Task<byte[]> ReadLocalAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await LocalFile.ReadAsync(path, fetcher.MaxBytes, cancellationToken);
        return ContentSniffer.Refusal(bytes) is { } refusal ? throw new NotTextException($"{path} is not a page or text file: {refusal}") : bytes;
    }
}
