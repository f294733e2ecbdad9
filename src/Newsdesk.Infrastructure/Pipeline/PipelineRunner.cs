using System.Diagnostics;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Llm;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Pipeline;

/// <summary>One pass of the whole pipeline: ingest what is due, build stories and briefs, publish Markdown and the static site.</summary>
public sealed class PipelineRunner(NewsdeskSettings settings, NewsStore store, HttpFetcher fetcher, TimeProvider clock)
{
    public async Task<RunReport> RunOnceAsync(IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        var ingest = await new Ingestor(store, fetcher, settings.Fetch, clock).RunAsync(progress, cancellationToken);
        var ingestTime = total.Elapsed;
        using var router = new ModelRouter(settings.Llm, store, clock);
        var engine = router.IsConfigured ? new LlmBriefEngine(router, settings.Llm.Translate) : null;
        BuildReport build;
        using (store.BuildLock(waiting => progress?.Report(new PipelineProgress("Waiting for another worker's build", 0, 0, waiting))))
        {
            build = await new StoryBuilder(store, settings.Site, llm: engine).RunAsync(progress, cancellationToken);
        }

        var publishing = Stopwatch.StartNew();
        var (written, removed) = new SiteExporter(store, settings.Site).Publish(settings.BriefsDir, settings.SiteDir);
        return new RunReport(ingest, build, ingestTime, total.Elapsed) { FilesWritten = written, FilesRemoved = removed, PublishTime = publishing.Elapsed };
    }

    /// <summary>
    /// `newsdesk rebuild`: analyses the articles again (those published since <paramref name="since"/>, or all), places
    /// every article again, writes again the briefs dated since then (all others only if their inputs changed) and
    /// publishes the whole site. Published ids and slugs are kept. Fetches nothing.
    /// </summary>
    public async Task<RunReport> RebuildAsync(DateOnly? since, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        store.Articles.ForgetAnalyses(since is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        store.Briefs.ForgetInputs(since);
        using var router = new ModelRouter(settings.Llm, store, clock);
        var engine = router.IsConfigured ? new LlmBriefEngine(router, settings.Llm.Translate) : null;
        BuildReport build;
        using (store.BuildLock(waiting => progress?.Report(new PipelineProgress("Waiting for another worker's build", 0, 0, waiting))))
        {
            build = await new StoryBuilder(store, settings.Site, llm: engine).RunAsync(progress, cancellationToken, full: true);
        }

        var (written, removed) = new SiteExporter(store, settings.Site).PublishAll(settings.BriefsDir, settings.SiteDir);

        return new RunReport(new IngestReport(0, 0, 0, 0, []), build, TimeSpan.Zero, total.Elapsed) { FilesWritten = written, FilesRemoved = removed };
    }
}
