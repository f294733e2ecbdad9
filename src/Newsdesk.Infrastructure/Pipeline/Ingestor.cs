using System.Net;
using Newsdesk.Core.Ingest;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Ingest: polls the sources that are due, parses their feeds and fetches each new item's page. Pages are fetched
/// a few at a time; each is stored as soon as it is extracted, so an interrupted run keeps what it got and a re-run
/// only fetches what is missing. Failures are logged per item and never stop the run.
/// </summary>
public sealed class Ingestor(NewsStore store, HttpFetcher fetcher, FetchSettings settings, TimeProvider clock)
{
    private const int PageConcurrency = 4;
    private readonly PageReader _pages = new(fetcher, new HostPoliteness(fetcher, settings));

    public async Task<IngestReport> RunAsync(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var due = store.Sources.Due(clock.GetUtcNow());
        var errors = new List<string>();
        var pending = new List<(string Url, FeedItem? Item, Source Source)>();
        for (var i = 0; i < due.Count; i++)
        {
            var source = due[i];
            progress?.Report(new PipelineProgress("Fetching feeds", i, due.Count, source.Url));
            try
            {
                pending.AddRange(await PollAsync(source, cancellationToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A source is a failure boundary: whatever one bad feed throws is recorded on it, and the run goes on.
                errors.Add($"{source.Url}: {ex.Message}");
                RecordFailure(source, ex);
            }
        }

        progress?.Report(new PipelineProgress("Fetching feeds", due.Count, due.Count));
        var counts = new int[3];
        var done = 0;
        using var gate = new SemaphoreSlim(PageConcurrency);
        var storeLock = new object();
        await Task.WhenAll(pending.Select(async p =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var article = await _pages.ReadAsync(p.Url, p.Item, p.Source.Id, cancellationToken);
                lock (storeLock)
                {
                    counts[(int)store.Articles.Upsert(article).Outcome]++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // So is each page: a hostile or broken page costs its own article, never the run.
                lock (storeLock)
                {
                    errors.Add($"{p.Url}: {ex.Message}");
                    store.Sources.LogError(p.Source.Id, p.Url, ex.Message);
                }
            }
            finally
            {
                gate.Release();
                progress?.Report(new PipelineProgress("Fetching articles", Interlocked.Increment(ref done), pending.Count, p.Url));
            }
        }));

        return new IngestReport(due.Count, counts[0], counts[2], counts[1], errors);
    }

    private async Task<IReadOnlyList<(string, FeedItem?, Source)>> PollAsync(Source source, CancellationToken cancellationToken)
    {
        if (source.Kind != SourceKind.Feed)
        {
            RecordSuccess(source, 200, null, [], null);
            return [(source.Url, null, source)];
        }

        byte[] body;
        Uri baseUri;
        TimeSpan? freshness = null;
        string? charset = null;
        if (SourceLocator.LocalPath(source.Url) is { } path)
        {
            body = await File.ReadAllBytesAsync(path, cancellationToken);
            baseUri = new Uri(source.Url);
        }
        else
        {
            var result = await fetcher.FetchAsync(new Uri(source.Url), source.ETag, source.LastModified, cancellationToken);
            source = source with { ETag = result.ETag, LastModified = result.LastModified };
            if (result.PermanentlyMovedTo is { } moved && store.Sources.Move(source.Id, moved.ToString()))
            {
                source = source with { Url = moved.ToString() };
            }
            freshness = result.Freshness;
            if (result.NotModified)
            {
                RecordSuccess(source, (int)result.Status, null, [], freshness);
                return [];
            }

            body = result.Body;
            baseUri = result.FinalUrl;
            charset = result.Charset;
        }

        var feed = FeedParser.Parse(body, baseUri, charset);
        RecordSuccess(source, 200, feed.Title, feed.Items.Select(i => i.Published ?? i.Updated).OfType<DateTimeOffset>(), freshness);
        return feed.Items
            .Where(item => item.Link is not null && !store.Articles.Exists(item.Link))
            .DistinctBy(item => item.Link)
            .Select(item => (item.Link!, (FeedItem?)item, source))
            .ToList();
    }

    private void RecordSuccess(Source source, int status, string? title, IEnumerable<DateTimeOffset> entryDates, TimeSpan? freshness)
    {
        var now = clock.GetUtcNow();
        store.Sources.RecordFetch(source with
        {
            Title = title ?? source.Title,
            LastFetchedAt = now,
            LastStatus = status,
            LastError = null,
            ErrorCount = 0,
            NextPollAt = now + PollSchedule.AfterSuccess(TimeSpan.FromMinutes(settings.PollMinutes), entryDates, freshness),
        });
    }

    private void RecordFailure(Source source, Exception ex)
    {
        var now = clock.GetUtcNow();
        var fetchError = ex as FetchException;
        var status = fetchError?.Status;
        var failures = source.ErrorCount + 1;
        // 410 Gone: the publisher retired the feed; stop polling it. Other errors back off, honouring Retry-After.
        var next = status == HttpStatusCode.Gone
            ? DateTimeOffset.MaxValue.AddDays(-1)
            : now + PollSchedule.AfterFailure(TimeSpan.FromMinutes(settings.PollMinutes), failures, fetchError?.RetryAfter);
        store.Sources.RecordFetch(source with { LastFetchedAt = now, LastStatus = status is null ? null : (int)status, LastError = ex.Message, NextPollAt = next, ErrorCount = failures });
        store.Sources.LogError(source.Id, source.Url, ex.Message);
    }
}
