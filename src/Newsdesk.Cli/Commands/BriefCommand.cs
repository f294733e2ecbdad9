using System.CommandLine;
using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Llm;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;

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
            var settings = CommonOptions.Settings(parse);
            var useModel = parse.GetValue(engine) == "llm";
            if (useModel && settings.Llm.Chain().Count == 0)
            {
                throw new UsageException("--engine llm needs a model: set Llm:Endpoint and Llm:Model in newsdesk.json or NEWSDESK_Llm__Endpoint / NEWSDESK_Llm__Model (see README, \"Using a model\")");
            }

            using var fetcher = new HttpFetcher(settings.Fetch);
            var reader = new PageReader(fetcher);
            var articles = new List<Core.Model.Article>();
            foreach (var target in parse.GetValue(targets) ?? [])
            {
                articles.Add(await reader.ReadAsync(ExtractCommand.ToUrl(target), null, null, ct));
            }

            if (!useModel)
            {
                Console.Write(MarkdownBriefRenderer.Render(AdHocBrief.Write(articles, parse.GetValue(language), settings.Site)));
                return 0;
            }

            // The store keeps the model's answers (cache) and their cost (ledger); the brief itself is not stored.
            using var store = NewsStore.Open(StoreLocation.Of(settings));
            using var router = new ModelRouter(settings.Llm, store, TimeProvider.System);
            var llm = new LlmBriefEngine(router, translate: true);
            Console.Write(MarkdownBriefRenderer.Render(await AdHocBrief.WriteAsync(articles, parse.GetValue(language), settings.Site, llm, ct)));
            foreach (var fallback in llm.Tally.Fallbacks)
            {
                Console.Error.WriteLine($"model fallback: {fallback}");
            }

            return 0;
        }));
        return command;
    }
}
