using Newsdesk.Infrastructure.Pipeline;
using Spectre.Console;

namespace Newsdesk.Cli.Terminal;

/// <summary>Draws pipeline progress as Spectre.Console bars, one per stage; plain lines when output is not a terminal.</summary>
internal static class ProgressView
{
    public static async Task<T> RunAsync<T>(Func<IProgress<PipelineProgress>, Task<T>> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            var lastStage = "";
            var plain = new SynchronousProgress(p =>
            {
                if (p.Stage != lastStage || p.Done == p.Total)
                {
                    if (p.Done == p.Total)
                    {
                        Console.Error.WriteLine($"  {p}");
                    }

                    lastStage = p.Stage;
                }
            });
            return await work(plain);
        }

        return await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new SynchronousProgress(p =>
                {
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(p.Stage, out var task))
                        {
                            tasks[p.Stage] = task = context.AddTask(p.Unit.Length > 0 ? $"{p.Stage} ({p.Total} {p.Unit})" : p.Stage);
                        }

                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                    }
                });
                return await work(progress);
            });
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to a thread pool and arrive late or out of order).</summary>
    private sealed class SynchronousProgress(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        private readonly Lock _gate = new();

        public void Report(PipelineProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
