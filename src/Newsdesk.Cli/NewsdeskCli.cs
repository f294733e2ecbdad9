using System.CommandLine;
using Newsdesk.Cli.Commands;

namespace Newsdesk.Cli;

/// <summary>The command tree of DESIGN.md's command-line contract.</summary>
public static class NewsdeskCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Newsdesk: a self-hosted newsdesk that turns feeds, pages and files into stories, threads and cited briefs.")
        {
            CommonOptions.DataDir,
            DemoCommand.Create(),
            AddCommand.Create(),
            FeedsCommand.Create(),
            RunCommand.Create(),
            RebuildCommand.Create(),
            ServeCommand.Create(),
            BriefCommand.Create(),
            ExtractCommand.Create(),
            ExportCommand.Create(),
            MigrateCommand.Create(),
            CostsCommand.Create(),
            EvalCommand.Create(),
        };
        return root;
    }

    /// <summary>
    /// Runs a command line: a usage mistake (an unknown command or option, a missing or invalid value) is one short
    /// line on stderr, where to find help, and exit code 2 — not the whole help text and exit 1.
    /// </summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count == 0)
        {
            return await parse.InvokeAsync();
        }

        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Parent is null ? "newsdesk" : result.Command.Name);
        }

        // The most telling error first ("Unrecognized command or argument 'x'" before "Required command was not
        // provided"), on one line.
        var error = parse.Errors.OrderBy(e => e.Message.StartsWith("Required command", StringComparison.Ordinal) ? 1 : 0).First().Message;
        var message = string.Join(' ', error.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        await Console.Error.WriteLineAsync($"newsdesk: {message}");
        await Console.Error.WriteLineAsync($"see `{string.Join(' ', names)} --help`");
        return 2;
    }
}
