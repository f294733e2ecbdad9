using System.CommandLine;
using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk brief`: one brief, written from the given pages or files as one story, to standard output.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("sources") { Description = "Page URLs or local HTML files reporting the same story.", Arity = ArgumentArity.OneOrMore };
        var language = new Option<string?>("--lang") { Description = "Language of the brief (en or de). Default: the sources' main language." };
        language.AcceptOnlyFromAmong("en", "de");
        var engine = new Option<string>("--engine") { Description = "extractive (default, no model) or llm.", DefaultValueFactory = _ => "extractive" };
        engine.AcceptOnlyFromAmong("extractive", "llm");
        var command = new Command("brief", "Write one brief from the given sources and print it as Markdown.") { targets, language, engine };
        command.SetAction((parse, ct) => CommandRunner.Guard(async () =>
        {
            if (parse.GetValue(engine) == "llm")
            {
                throw new UsageException("the llm engine is not part of this version yet; use --engine extractive");
            }

            var settings = CommonOptions.Settings(parse);
            using var fetcher = new HttpFetcher(settings.Fetch);
            var reader = new PageReader(fetcher);
            var articles = new List<Core.Model.Article>();
            foreach (var target in parse.GetValue(targets) ?? [])
            {
                articles.Add(await reader.ReadAsync(ExtractCommand.ToUrl(target), null, null, ct));
            }

            Console.Write(MarkdownBriefRenderer.Render(AdHocBrief.Write(articles, parse.GetValue(language), settings.Site)));
            return 0;
        }));
        return command;
    }
}
