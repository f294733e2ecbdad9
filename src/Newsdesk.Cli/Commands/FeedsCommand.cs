using System.CommandLine;
using System.Globalization;
using Newsdesk.Infrastructure.Storage;
using Spectre.Console;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk feeds`: every subscription's health — last fetch, status, last error, next poll, articles per day.</summary>
internal static class FeedsCommand
{
    public static Command Create()
    {
        var command = new Command("feeds", "Show each subscription's health: last fetch, status, last error, next poll, articles per day.");
        command.SetAction((parse, ct) => CommandRunner.Guard(() =>
        {
            var settings = CommonOptions.Settings(parse);
            using var store = NewsStore.Open(StoreLocation.Of(settings));
            var health = store.Sources.Health();
            if (health.Count == 0)
            {
                Console.WriteLine("No subscriptions yet: add one with `newsdesk add <feed url>`.");
                return Task.FromResult(0);
            }

            if (Console.IsOutputRedirected)
            {
                // Piped or redirected: one tab-separated line per feed, for scripts and logs.
                Console.WriteLine("source\turl\tkind\tlast_fetch\tstatus\tarticles\tper_day\tqueued\tnext_poll\tlast_error");
                foreach (var h in health)
                {
                    var s = h.Source;
                    Console.WriteLine(string.Join('\t', s.Title ?? s.Url, s.Url, s.Kind.ToString().ToLowerInvariant(), When(s.LastFetchedAt),
                        Status(h), h.Articles, h.ArticlesPerDay.ToString("0.##", CultureInfo.InvariantCulture), h.Queued, When(s.NextPollAt), h.Problem ?? ""));
                }

                return Task.FromResult(health.Any(h => h.Failing) ? 1 : 0);
            }

            var table = new Table().AddColumns("Source", "Kind", "Last fetch", "Status", "Articles", "Per day", "Queued", "Next poll", "Last error");
            foreach (var h in health)
            {
                var s = h.Source;
                table.AddRow(
                    Markup.Escape(s.Title ?? s.Url), s.Kind.ToString().ToLowerInvariant(), When(s.LastFetchedAt),
                    h.Failing ? $"[red]{Status(h)}[/]" : "[green]ok[/]",
                    h.Articles.ToString(CultureInfo.InvariantCulture), h.ArticlesPerDay.ToString("0.##", CultureInfo.InvariantCulture), h.Queued.ToString(CultureInfo.InvariantCulture),
                    s.NextPollAt > DateTimeOffset.UtcNow.AddYears(100) ? "never (gone)" : When(s.NextPollAt), Markup.Escape(h.Problem ?? ""));
            }

            AnsiConsole.Write(table);
            return Task.FromResult(health.Any(h => h.Failing) ? 1 : 0);
        }));
        return command;
    }

    private static string Status(FeedHealth h) =>
        h.Unfinished ? "unfinished" : h.Source.LastError is null ? "ok" : h.Source.LastStatus?.ToString(CultureInfo.InvariantCulture) ?? "error";

    private static string When(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "–";
}
