using System.Globalization;
using Newsdesk.Cli.Terminal;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using static Newsdesk.Cli.Terminal.Plural;

namespace Newsdesk.Cli.Commands;

/// <summary>One pipeline pass with progress bars and a summary; shared by `run`, `demo` and `serve`.</summary>
internal static class PipelineSession
{
    public static async Task<RunReport> RunOnceAsync(NewsdeskSettings settings, CancellationToken cancellationToken)
    {
        using var store = NewsStore.Open(StoreLocation.Of(settings));
        using var fetcher = new HttpFetcher(settings.Fetch);
        var runner = new PipelineRunner(settings, store, fetcher, TimeProvider.System);
        var report = await ProgressView.RunAsync(progress => runner.RunOnceAsync(progress, cancellationToken));
        Print(report, settings);
        return report;
    }

    private static void Print(RunReport report, NewsdeskSettings settings)
    {
        var ingest = report.Ingest;
        Console.WriteLine($"Fetched {Count(ingest.Sources, "source")}: {Count(ingest.Inserted, "new article")}, {ingest.Updated} updated, {ingest.Unchanged} unchanged, {CountOrNo(ingest.Errors.Count, "error")} in {report.IngestTime.TotalSeconds:F1}s."
            + (ingest.Queued > 0 ? $" {Count(ingest.Queued, "page")} {(ingest.Queued == 1 ? "waits" : "wait")} in the queue for the next run." : ""));
        foreach (var error in ingest.Errors.Take(10))
        {
            Console.Error.WriteLine($"  warning: {error}");
        }

        if (ingest.LowConfidence.Count > 0)
        {
            Console.Error.WriteLine($"  note: {Count(ingest.LowConfidence.Count, "page")} kept with low confidence (no block scored as the main text; the best text block or the page's description was kept), such as {ingest.LowConfidence[0]}");
        }

        var build = report.Build;
        Console.WriteLine(build.Skipped
            ? (report.FilesWritten > 1
                ? $"Nothing new to build; published {Count(report.FilesWritten, "file")} an earlier run left unpublished ({report.TotalTime.TotalSeconds:F1}s total)."
                : $"Nothing new to build: stories, briefs and pages are unchanged ({report.TotalTime.TotalSeconds:F1}s total).")
            : (build.Resumed > 0 ? $"Finished what an earlier run left: the briefs of {Count(build.Resumed, "story", "stories")}. " : "")
              + $"Analysed {Count(build.Analysed, "new or changed article")}; "
              + (build.Full ? $"placed all {Count(build.Articles, "article")}: {Count(build.Stories, "story", "stories")} in {Count(build.Threads, "thread")}; "
                  : $"placed {Count(build.Articles, "article")} among the {Count(build.Held - build.Articles, "article")} of open stories: {Count(build.Begun, "story", "stories")} begun, {build.Stories - build.Begun} grown, {build.Closed} closed; {Count(build.Threads, "thread")} begun or extended; ")
              + $"wrote {build.Written.Count} of {Count(build.Briefs, "brief")} ({build.Briefs - build.Written.Count} unchanged, {build.Gone.Count} removed); "
              + $"{Count(report.FilesWritten, "file")} published, {report.FilesRemoved} removed; {report.TotalTime.TotalSeconds:F1}s total "
              + $"(analyse {build.Timings.Analyse.TotalSeconds:F1}, place {build.Timings.Place.TotalSeconds:F1}, briefs {build.Timings.Briefs.TotalSeconds:F1}, publish {report.PublishTime.TotalSeconds:F1}).");
        if (build.Llm is { } llm)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Model ({string.Join(" → ", settings.Llm.Chain().Select(m => m.Model))}): {llm.Briefs} briefs and {llm.Translations} translations written, {llm.Fallbacks.Count} kept extractive or untranslated, {llm.Unsupported} unsupported sentences dropped; {llm.TokensIn:N0} tokens in, {llm.TokensOut:N0} out, ${llm.CostUsd:0.0000} (details: newsdesk costs)."));
            foreach (var notice in llm.Notices)
            {
                Console.Error.WriteLine($"  model: {notice}");
            }

            foreach (var fallback in llm.Fallbacks.Take(10))
            {
                Console.Error.WriteLine($"  model fallback: {fallback}");
            }
        }

        Console.WriteLine($"Briefs: {settings.BriefsDir}  (peak memory {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB)");
        Console.WriteLine($"Site:   {settings.SiteDir}");
    }

}
