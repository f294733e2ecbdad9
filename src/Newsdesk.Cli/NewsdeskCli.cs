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
            CostsCommand.Create(),
            EvalCommand.Create(),
        };
        return root;
    }
}
