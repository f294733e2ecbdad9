using System.CommandLine;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk run`: fetch what is due, extract, cluster, brief and publish — once, or whenever a feed falls due.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Run the pipeline once and exit." };
        var now = new Option<string[]>("--now")
        {
            Description = "Poll now, whatever the schedule says: every subscription, or only the given feed URLs.",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("run", "Fetch what is due, extract, cluster, brief and publish.") { once, now };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            var settings = CommonOptions.Settings(parse);
            if (parse.GetResult(now) is not null)
            {
                MakeDue(settings, parse.GetValue(now) ?? []);
            }

            await PipelineSession.RunOnceAsync(settings, ct);
            if (!parse.GetValue(once))
            {
                await Loop(settings, ct);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>`--now`: the named subscriptions (all when none is named) fall due at once; a URL that is not subscribed is a usage error.</summary>
    private static void MakeDue(NewsdeskSettings settings, IReadOnlyCollection<string> urls)
    {
        using var store = NewsStore.Open(StoreLocation.Of(settings));
        var unknown = store.Sources.MakeDue(urls.Select(Normalize).ToList());
        if (unknown.Count > 0)
        {
            throw new UsageException($"not subscribed: {string.Join(", ", unknown)} (see `newsdesk feeds`)");
        }

        Console.WriteLine(urls.Count == 0 ? "Polling every subscription now." : $"Polling {urls.Count} subscription(s) now.");
    }

    /// <summary>A URL as `add` stored it (Uri's form), a path as its file URL.</summary>
    private static string Normalize(string target) =>
        Infrastructure.Pipeline.SourceLocator.IsWeb(target) ? new Uri(target).ToString()
        : File.Exists(target) ? Infrastructure.Pipeline.SourceLocator.FileUrl(target) : target;

    /// <summary>The scheduler: sleeps until the next subscription is due (at least a minute, at most the poll interval), then runs.</summary>
    internal static Task Loop(NewsdeskSettings settings, CancellationToken ct) => Task.Run(async () =>
    {
        while (!ct.IsCancellationRequested)
        {
            var wait = UntilNextDue(settings);
            Console.WriteLine($"Next run at {DateTimeOffset.Now.Add(wait):HH:mm} (Ctrl+C to stop).");
            await Task.Delay(wait, ct);
            await PipelineSession.RunOnceAsync(settings, ct);
        }
    }, ct);

    private static TimeSpan UntilNextDue(NewsdeskSettings settings)
    {
        using var store = NewsStore.Open(StoreLocation.Of(settings));
        var longest = TimeSpan.FromMinutes(Math.Max(1, settings.Fetch.PollMinutes));
        var wait = store.Sources.NextDue() is { } due ? due - DateTimeOffset.UtcNow : longest;
        return wait < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : wait > longest ? longest : wait;
    }
}
