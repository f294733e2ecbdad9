using System.CommandLine;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using static Newsdesk.Cli.Terminal.Plural;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk export`: the stored briefs as Markdown files, a static HTML site or JSON.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        // A string with its allowed values, so help and errors name md|html|json|opml, not the enum type behind them.
        var format = new Option<string>("--format") { Description = "md, html, json, or opml (the feed subscriptions).", Required = true, HelpName = "md|html|json|opml" };
        format.AcceptOnlyFromAmong("md", "html", "json", "opml");
        var output = new Option<string>("--out") { Description = "Output folder.", Required = true };
        var command = new Command("export", "Export the briefs as Markdown, a static site or JSON, or the subscriptions as OPML.") { format, output };
        command.SetAction((parse, ct) => CommandRunner.Guard(() =>
        {
            var settings = CommonOptions.Settings(parse);
            using var store = NewsStore.Open(StoreLocation.Of(settings));
            var files = new SiteExporter(store, settings.Site).Export(Enum.Parse<ExportFormat>(parse.GetRequiredValue(format), ignoreCase: true), parse.GetRequiredValue(output));
            Console.WriteLine($"Wrote {Count(files, "file")} to {Path.GetFullPath(parse.GetRequiredValue(output))}");
            return Task.FromResult(0);
        }));
        return command;
    }
}
