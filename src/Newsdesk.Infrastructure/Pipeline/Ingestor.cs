using System.Data.Common;
using System.Net;
using Newsdesk.Core.Extract;
using Newsdesk.Core.Ingest;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>
/// Ingest. Every item a poll finds is written to the page queue in the same transaction that records the poll, so a
/// killed run loses nothing: the next run resumes the queue first. Feeds are polled a few at a time while page
/// workers already fetch from the queue, round-robin over hosts and feeds (<see cref="FairQueue{T}"/>), at most
/// <see cref="FetchSettings.MaxItemsPerPoll"/> pages of one feed per run, newest first. A run stops taking work when
/// its time budget is spent; what is left stays queued. Failures are logged per item and never stop the run.
/// Several workers may share one store: each claims the due feeds and queued pages no other holds (<see cref="WorkerClaim"/>),
/// and lets go of what it did not get to when its run ends.
/// </summary>
public sealed class Ingestor(NewsStore store, HttpFetcher fetcher, FetchSettings settings, TimeProvider clock)
{
    private const int FeedConcurrency = 4;
    private const int PageConcurrency = 4;

    // Feeds claimed at a time: enough to keep the pollers busy, few enough that other workers get their share.
    private const int FeedBatch = 2 * FeedConcurrency;

    // Fetched pages are stored a batch at a time (one commit each), at most this many or this long after the first.
    private const int StoreBatch = 64;
    private static readonly TimeSpan StoreWait = TimeSpan.FromSeconds(1);
    private readonly PageReader _pages = new(fetcher, new HostPoliteness(fetcher, settings));
    private readonly Lock _storeLock = new();

    public async Task<IngestReport> RunAsync(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(TimeSpan.FromMinutes(Math.Max(0.01, settings.RunBudgetMinutes)));
        var run = new RunState(Math.Max(1, settings.MaxItemsPerPoll), WorkerClaim.ForThisProcess(clock.GetUtcNow(), ClaimLease));
        int due;
        lock (_storeLock)
        {
            // A run of this machine that was killed left its claims: they go back at once, not when they run out.
            foreach (var dead in store.Claims.Claimants().Where(WorkerClaim.DiedOnThisMachine))
            {
                store.Claims.Release(dead);
            }

            // Resume first: pages queued by an earlier run that was killed, ran out of time or failed for a passing reason.
            run.Enqueue(store.Pending.Claim(run.PerSource, run.Claim));
            due = store.Sources.DueCount(clock.GetUtcNow());
        }

        try
        {
            return await RunClaimedAsync(run, due, budget, progress, cancellationToken);
        }
        finally
        {
            lock (_storeLock)
            {
                // What this run did not get to goes back to the queue for any worker, now rather than when the claim runs out.
                store.Claims.Release(run.Claim.Worker);
            }
        }
    }

    /// <summary>How long a claim lasts unless renewed: what a worker on another machine that died held comes back after
    /// at most this long. A running worker renews its claims every <see cref="ClaimRenewal"/>.</summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan ClaimRenewal = TimeSpan.FromMinutes(1);

    private async Task<IngestReport> RunClaimedAsync(RunState run, int due, CancellationTokenSource budget, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var polled = 0;
        var polling = PollDueAsync(run, source =>
        {
            var done = Interlocked.Increment(ref polled);
            progress?.Report(new PipelineProgress("Polling feeds", done, Math.Max(due, done), source.Url, "feeds"));
        }, budget.Token);
        var workers = Enumerable.Range(0, PageConcurrency).Select(_ => FetchPagesAsync(run, progress, budget.Token)).ToList();
        using var storing = new CancellationTokenSource();
        var storer = StoreWhileFetchingAsync(run, storing.Token);
        var renewer = RenewClaimsAsync(run, storing.Token);
        try
        {
            await polling;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The budget is spent: feeds not yet polled stay due and are polled first next time.
        }
        finally
        {
            run.PollingDone(PageConcurrency);
        }

        await Task.WhenAll(workers);
        await storing.CancelAsync();
        await storer;
        await renewer;
        lock (_storeLock)
        {
            Store(run); // what was fetched is kept, even when the run was cancelled
        }

        cancellationToken.ThrowIfCancellationRequested();
        var budgetReached = budget.IsCancellationRequested;
        if (budgetReached)
        {
            run.Errors.Add($"the run's time budget ({settings.RunBudgetMinutes} min, Fetch:RunBudgetMinutes) was spent; the rest stays queued for the next run");
        }

        lock (_storeLock)
        {
            return new IngestReport(polled, run.Counts[(int)UpsertOutcome.Inserted], run.Counts[(int)UpsertOutcome.Updated], run.Counts[(int)UpsertOutcome.Unchanged], run.Errors)
            {
                Queued = store.Pending.Count(),
                BudgetReached = budgetReached,
                LowConfidence = run.LowConfidence,
            };
        }
    }

    /// <summary>
    /// Polls due feeds a batch at a time, claiming each batch just before polling it: workers sharing a store split the
    /// due feeds between them as they go, instead of the first to start taking them all.
    /// </summary>
    private async Task PollDueAsync(RunState run, Action<Source> polled, CancellationToken cancellationToken)
    {
        while (true)
        {
            IReadOnlyList<Source> batch;
            lock (_storeLock)
            {
                // Due as of the run's start: a feed polled in this run is due again later, never in the same run.
                batch = store.Sources.ClaimDue(run.Claim, FeedBatch);
            }

            if (batch.Count == 0)
            {
                return;
            }

            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = FeedConcurrency, CancellationToken = cancellationToken }, async (source, ct) =>
            {
                await PollAsync(source, run, ct);
                polled(source);
            });
        }
    }

    private async Task PollAsync(Source source, RunState run, CancellationToken cancellationToken)
    {
        lock (_storeLock)
        {
            store.Sources.RecordAttempt(source.Id, clock.GetUtcNow());
        }

        try
        {
            var (polled, items, feed) = await ReadSourceAsync(source, cancellationToken);
            var allowed = new List<(string Url, FeedItem? Item)>();
            lock (_storeLock)
            {
                foreach (var skipped in feed?.SkippedItems ?? [])
                {
                    run.Errors.Add($"{source.Url}: {skipped}");
                    store.Sources.LogError(source.Id, source.Url, skipped);
                }

                foreach (var (url, item) in items)
                {
                    if (LinkPolicy.Refusal(url, source.Url) is { } refusal)
                    {
                        run.Errors.Add($"{source.Url}: {refusal}");
                        store.Sources.LogError(source.Id, url, refusal);
                    }
                    else
                    {
                        allowed.Add((url, item));
                    }
                }

                var queued = store.Sources.RecordPoll(polled, allowed, clock.GetUtcNow(), run.Claim);
                run.Enqueue(queued.OrderByDescending(p => p.Item?.Published ?? p.Item?.Updated ?? p.FoundAt));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A source is a failure boundary: whatever one bad feed throws is recorded on it, and the run goes on.
            lock (_storeLock)
            {
                run.Errors.Add($"{source.Url}: {ex.Message}");
                RecordFailure(source, ex);
            }
        }
    }

    /// <summary>The source's state after a successful poll and the links it offers (none when the feed was not modified).</summary>
    private async Task<(Source Polled, IReadOnlyList<(string Url, FeedItem? Item)> Items, ParsedFeed? Feed)> ReadSourceAsync(Source source, CancellationToken cancellationToken)
    {
        if (source.Kind != SourceKind.Feed)
        {
            return (Succeeded(source, 200, null, [], null), [(source.Url, null)], null);
        }

        byte[] body;
        Uri baseUri;
        TimeSpan? freshness = null;
        string? charset = null;
        if (SourceLocator.LocalPath(source.Url) is { } path)
        {
            // A local feed's modification time and size stand in for an ETag: an unchanged file is not read again.
            var file = new FileInfo(path);
            var stamp = file.Exists ? $"file:{file.LastWriteTimeUtc.Ticks}:{file.Length}" : null;
            if (stamp is not null && stamp == source.ETag)
            {
                return (Succeeded(source, (int)HttpStatusCode.NotModified, null, [], null), [], null);
            }

            body = await LocalFile.ReadAsync(path, settings.MaxBytes, cancellationToken);
            baseUri = new Uri(source.Url);
            source = source with { ETag = stamp };
        }
        else
        {
            var result = await fetcher.FetchAsync(new Uri(source.Url), source.ETag, source.LastModified, cancellationToken);
            source = source with { ETag = result.ETag, LastModified = result.LastModified };
            if (result.PermanentlyMovedTo is { } moved)
            {
                lock (_storeLock)
                {
                    source = store.Sources.Move(source.Id, moved.ToString()) ? source with { Url = moved.ToString() } : source;
                }
            }

            freshness = result.Freshness;
            if (result.NotModified)
            {
                return (Succeeded(source, (int)result.Status, null, [], freshness), [], null);
            }

            (body, baseUri, charset) = (result.Body, result.FinalUrl, result.Charset);
            if (ContentSniffer.Refusal(body, result.MediaType) is { } refusal)
            {
                throw new NotTextException($"{source.Url} is not a feed: {refusal}");
            }
        }

        var feed = FeedParser.Parse(body, baseUri, charset);
        var items = feed.Items
            .Where(item => item.Link is not null)
            .DistinctBy(item => item.Link)
            .Select(item => (item.Link!, (FeedItem?)item))
            .ToList();
        return (Succeeded(source, 200, feed.Title, feed.Items.Select(i => i.Published ?? i.Updated).OfType<DateTimeOffset>(), freshness), items, feed);
    }

    /// <summary>Renews this run's claims while it works, so that they run out only if it dies.</summary>
    private async Task RenewClaimsAsync(RunState run, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(ClaimRenewal, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                lock (_storeLock)
                {
                    run.Claim = run.Claim with { Until = clock.GetUtcNow() + ClaimLease };
                    store.Claims.Renew(run.Claim);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over; its claims are released.
        }
    }

    /// <summary>Stores fetched pages that have waited <see cref="StoreWait"/>, while the workers are busy on slow hosts.</summary>
    private async Task StoreWhileFetchingAsync(RunState run, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(StoreWait, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                lock (_storeLock)
                {
                    if (clock.GetUtcNow() - run.FirstFetchedAt >= StoreWait)
                    {
                        Store(run);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The workers are done; what is left is stored once more by the run itself.
        }
    }

    /// <summary>Stores the fetched pages waiting in <paramref name="run"/>; the caller holds the store lock.</summary>
    private void Store(RunState run)
    {
        if (run.Fetched.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var (_, outcome) in store.Articles.UpsertMany(run.Fetched))
            {
                run.Counts[(int)outcome]++;
            }
        }
        catch (Exception ex) when (ex is DbException or IOException)
        {
            // Nothing of the batch was stored, and its pages are still queued: the next run fetches them again.
            run.Errors.Add($"{run.Fetched.Count} fetched page(s) could not be stored and stay queued: {ex.Message}");
        }
        finally
        {
            run.Fetched.Clear();
        }
    }

    private async Task FetchPagesAsync(RunState run, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        while (await run.NextAsync(cancellationToken) is { } pending)
        {
            lock (_storeLock)
            {
                if (store.Pending.DropIfStored(pending.Id))
                {
                    run.Finished();
                    continue;
                }
            }

            try
            {
                var article = await _pages.ReadAsync(pending.Url, pending.Item, pending.SourceId, cancellationToken, pending.FoundAt);
                lock (_storeLock)
                {
                    var now = clock.GetUtcNow();
                    if (run.Fetched.Count == 0)
                    {
                        run.FirstFetchedAt = now;
                    }

                    run.Fetched.Add((article, pending.Id));
                    if (article.LowConfidence)
                    {
                        run.LowConfidence.Add(pending.Url);
                    }

                    if (run.Fetched.Count >= StoreBatch || now - run.FirstFetchedAt >= StoreWait)
                    {
                        Store(run);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return; // Out of time (or cancelled): the page stays queued, untouched.
            }
            catch (Exception ex)
            {
                // A hostile or broken page costs its own article, never the run; a passing failure is tried again next run.
                var permanent = ex is FetchException { IsPermanent: true } or NoArticleException;
                lock (_storeLock)
                {
                    var givenUp = store.Pending.Fail(pending.Id, ex.Message, permanent, Math.Max(1, settings.PageAttempts));
                    var message = givenUp || permanent ? ex.Message : $"{ex.Message} (will be tried again)";
                    run.Errors.Add($"{pending.Url}: {message}");
                    store.Sources.LogError(pending.SourceId, pending.Url, message);
                }
            }
            finally
            {
                var (done, total) = run.Finished();
                progress?.Report(new PipelineProgress("Fetching article pages", done, total, pending.Url, "pages"));
            }
        }
    }

    private Source Succeeded(Source source, int status, string? title, IEnumerable<DateTimeOffset> entryDates, TimeSpan? freshness)
    {
        var now = clock.GetUtcNow();
        return source with
        {
            Title = title ?? source.Title,
            LastFetchedAt = now,
            LastStatus = status,
            LastError = null,
            ErrorCount = 0,
            NextPollAt = now + PollSchedule.AfterSuccess(TimeSpan.FromMinutes(settings.PollMinutes), entryDates, freshness),
        };
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

    /// <summary>One run's shared state: the fair page queue, each feed's share, counts and errors.</summary>
    private sealed class RunState(int perSource, WorkerClaim claim)
    {
        private readonly FairQueue<PendingItem> _queue = new();
        private readonly Dictionary<long, int> _taken = [];
        private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
        private readonly SemaphoreSlim _signal = new(0);
        private readonly Lock _gate = new();
        private bool _pollingDone;
        private int _total;
        private int _done;

        public int PerSource => perSource;

        /// <summary>This run's claim (renewed while it runs; guarded by the store lock).</summary>
        public WorkerClaim Claim { get; set; } = claim;

        public int[] Counts { get; } = new int[3];

        /// <summary>Pages fetched and not yet stored, and when the first of them came (guarded by the store lock).</summary>
        public List<(Article Article, long? PendingItemId)> Fetched { get; } = [];

        public DateTimeOffset FirstFetchedAt { get; set; }

        public List<string> Errors { get; } = [];

        /// <summary>Pages extracted with low confidence (guarded by the store lock).</summary>
        public List<string> LowConfidence { get; } = [];

        public void Enqueue(IEnumerable<PendingItem> items)
        {
            var added = 0;
            lock (_gate)
            {
                foreach (var item in items)
                {
                    var taken = _taken.GetValueOrDefault(item.SourceId);
                    if (taken >= perSource || !_queued.Add(item.Url))
                    {
                        continue; // Over this feed's share for the run: it waits in the store's queue for the next one.
                    }

                    _taken[item.SourceId] = taken + 1;
                    _queue.Enqueue(HostOf(item.Url), item.SourceId, item);
                    added++;
                    _total++;
                }
            }

            if (added > 0)
            {
                _signal.Release(added);
            }
        }

        public void PollingDone(int workers)
        {
            lock (_gate)
            {
                _pollingDone = true;
            }

            _signal.Release(workers);
        }

        /// <summary>The next page, or null when polling is over and the queue is empty.</summary>
        public async Task<PendingItem?> NextAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                try
                {
                    await _signal.WaitAsync(cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }

                lock (_gate)
                {
                    if (_queue.TryDequeue(out var item))
                    {
                        return item;
                    }

                    if (_pollingDone)
                    {
                        return null;
                    }
                }
            }
        }

        public (int Done, int Total) Finished()
        {
            lock (_gate)
            {
                return (++_done, _total);
            }
        }

        private static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile ? uri.Host : "";
    }
}
