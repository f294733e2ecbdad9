using System.CommandLine;
using Newsdesk.Infrastructure.Config;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk run`: fetch what is due, extract, cluster, brief and publish — once, or every poll interval.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var once = new Option<bool>("--once") { Description = "Run the pipeline once and exit." };
        var command = new Command("run", "Fetch what is due, extract, cluster, brief and publish.") { once };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            var settings = CommonOptions.Settings(parse);
            do
            {
                await PipelineSession.RunOnceAsync(settings, ct);
                if (!parse.GetValue(once))
                {
                    Console.WriteLine($"Next run in {settings.Fetch.PollMinutes} min (Ctrl+C to stop).");
                    await Task.Delay(TimeSpan.FromMinutes(settings.Fetch.PollMinutes), ct);
                }
            }
            while (!parse.GetValue(once));
            return 0;
        }));
        return command;
    }

    internal static Task Loop(NewsdeskSettings settings, CancellationToken ct) => Task.Run(async () =>
    {
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMinutes(settings.Fetch.PollMinutes), ct);
            await PipelineSession.RunOnceAsync(settings, ct);
        }
    }, ct);
}
