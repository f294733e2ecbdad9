using Newsdesk.Core.Extract;
using Newsdesk.Core.Ingest;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// `add`: looks at what a URL or path holds and subscribes accordingly — a feed, every feed of an OPML file,
/// or a single page/file to be read once.
/// </summary>
public sealed class SubscriptionService(NewsStore store, HttpFetcher fetcher)
{
    private readonly List<string> _refused = [];

    /// <summary>Entries of OPML lists that were not subscribed, each with its reason.</summary>
    public IReadOnlyList<string> Refused => _refused;

    public async Task<IReadOnlyList<(Source Source, bool Added)>> AddAsync(string target, CancellationToken cancellationToken)
    {
        var isWeb = SourceLocator.IsWeb(target);
        if (!isWeb && !File.Exists(target))
        {
            throw new FileNotFoundException($"no such file, and not an http(s) URL: {target}");
        }

        var url = isWeb ? new Uri(target).ToString() : SourceLocator.FileUrl(target);
        byte[] body;
        Uri baseUri;
        string? mediaType = null;
        if (isWeb)
        {
            var result = await fetcher.FetchAsync(new Uri(url), cancellationToken: cancellationToken);
            (body, baseUri, mediaType) = (result.Body, result.FinalUrl, result.MediaType);
        }
        else
        {
            (body, baseUri) = (await LocalFile.ReadAsync(target, fetcher.MaxBytes, cancellationToken), new Uri(url));
        }

        if (ContentSniffer.Refusal(body, mediaType) is { } refusal)
        {
            throw new NotTextException($"not subscribed: {target} is not a feed, page or text file: {refusal}");
        }

        var text = HtmlDecoder.Decode(body, null);
        if (OpmlParser.LooksLikeOpml(text[..Math.Min(text.Length, 4096)]))
        {
            var added = new List<(Source, bool)>();
            foreach (var feedUrl in OpmlParser.FeedUrls(text).Select(u => XmlResolve(u, baseUri)))
            {
                // An OPML list is a feed of feeds: the same rule keeps a list from the web from subscribing to local files.
                if (LinkPolicy.Refusal(feedUrl, url) is { } reason)
                {
                    _refused.Add(reason);
                    continue;
                }

                added.Add(store.Sources.Add(feedUrl, SourceKind.Feed));
            }

            return added;
        }

        var kind = IsFeed(body, baseUri) ? SourceKind.Feed : isWeb ? SourceKind.Page : SourceKind.File;
        return [store.Sources.Add(url, kind)];
    }

    private static bool IsFeed(byte[] body, Uri baseUri)
    {
        try
        {
            FeedParser.Parse(body, baseUri);
            return true;
        }
        catch (FeedFormatException)
        {
            return false;
        }
    }

    private static string XmlResolve(string url, Uri baseUri) => Uri.TryCreate(baseUri, url, out var resolved) ? resolved.ToString() : url;
}
