using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Newsdesk.Web;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk serve`: the web reader, plus the scheduler that runs the pipeline every poll interval.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where the reader listens (loopback by default).", DefaultValueFactory = _ => ReaderApp.DefaultUrl };
        var noScheduler = new Option<bool>("--no-scheduler") { Description = "Serve only; do not fetch on a schedule." };
        var command = new Command("serve", "Serve the web reader and run the pipeline on a schedule.") { urls, noScheduler };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            var settings = CommonOptions.Settings(parse);
            var reader = ReaderApp.Build(settings, urls: parse.GetValue(urls));
            await reader.StartAsync(ct);
            // Feeds and briefs link to where the reader really is, unless Site:BaseUrl says otherwise.
            settings.Site.ServedAt = reader.BoundUrl().ToString().TrimEnd('/');
            Console.WriteLine($"Reader: {string.Join(", ", reader.Urls)}  (Ctrl+C to stop)");
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct, reader.Lifetime.ApplicationStopping);
            var scheduler = parse.GetValue(noScheduler) ? Task.CompletedTask : RunCommand.Loop(settings, stop.Token);
            await reader.WaitForShutdownAsync(ct);
            await stop.CancelAsync();
            await scheduler.ContinueWith(_ => { }, TaskScheduler.Default);
            return 0;
        }));
        return command;
    }
}
