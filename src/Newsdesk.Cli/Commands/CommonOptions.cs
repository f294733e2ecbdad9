using System.CommandLine;
using Newsdesk.Infrastructure.Config;

namespace Newsdesk.Cli.Commands;

/// <summary>Options every command understands.</summary>
internal static class CommonOptions
{
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = $"Data directory (store, briefs, site, newsdesk.json). Default: ${SettingsLoader.DataDirVariable} or the per-user data folder.",
        Recursive = true,
    };

    public static NewsdeskSettings Settings(ParseResult parse) => SettingsLoader.Load(parse.GetValue(DataDir));
}
