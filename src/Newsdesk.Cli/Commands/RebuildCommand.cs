using System.CommandLine;
using System.Globalization;
using Newsdesk.Cli.Terminal;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using static Newsdesk.Cli.Terminal.Plural;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk rebuild`: analyses, stories and briefs computed again on purpose (after an upgrade of the analyser,
/// the clusterer or the brief writer); published ids and slugs are kept, nothing is fetched.</summary>
internal static class RebuildCommand
{
    public static Command Create()
    {
        var since = new Option<string?>("--since") { Description = "Analyse again and rewrite the briefs of articles published on or after this date (yyyy-MM-dd); default: all." };
        var command = new Command("rebuild", "Recompute analyses, stories and briefs (after an upgrade), keeping ids and slugs.") { since };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            DateOnly? from = null;
            if (parse.GetValue(since) is { } text)
            {
                from = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day
                    : throw new UsageException($"--since wants a date as yyyy-MM-dd, not \"{text}\"");
            }

            var settings = CommonOptions.Settings(parse);
            using var store = NewsStore.Open(StoreLocation.Of(settings));
            using var fetcher = new HttpFetcher(settings.Fetch);
            var runner = new PipelineRunner(settings, store, fetcher, TimeProvider.System);
            var report = await ProgressView.RunAsync(progress => runner.RebuildAsync(from, progress, ct));
            var build = report.Build;
            Console.WriteLine($"Rebuilt from {Count(build.Articles, "article")}{(from is { } d ? $" (analysed again since {d:yyyy-MM-dd}: {build.Analysed})" : $" (all analysed again: {build.Analysed})")}: "
                + $"{Count(build.Stories, "story", "stories")} in {Count(build.Threads, "thread")}; wrote {build.Written.Count} of {Count(build.Briefs, "brief")} ({build.Gone.Count} removed); "
                + $"{Count(report.FilesWritten, "file")} published in {report.TotalTime.TotalSeconds:F1}s.");
            return 0;
        }));
        return command;
    }
}
