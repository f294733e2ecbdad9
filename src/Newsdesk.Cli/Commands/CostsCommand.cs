using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Cli.Commands;

/// <summary>`newsdesk costs`: what the model engine has spent — per model and outcome, in total, the prompt budget
/// against whole articles, and the latest fallbacks with their reasons.</summary>
internal static class CostsCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var command = new Command("costs", "Show model calls, tokens and cost per model, the prompt budget, and recent fallbacks.") { json };
        command.SetAction((parse, ct) => CommandRunner.Guard(() =>
        {
            var settings = CommonOptions.Settings(parse);
            using var store = NewsStore.Open(StoreLocation.Of(settings));
            var lines = store.LlmCalls.ByModel();
            var briefCosts = store.LlmCalls.ByBrief();
            var (prompt, whole, briefs) = store.LlmCalls.Budget();
            var ratio = whole == 0 ? 0 : prompt / (double)whole;
            var total = (Calls: lines.Sum(l => l.Calls), In: lines.Sum(l => l.TokensIn), Out: lines.Sum(l => l.TokensOut), Cost: lines.Sum(l => l.CostUsd));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    calls = total.Calls,
                    tokens_in = total.In,
                    tokens_out = total.Out,
                    cost_usd = Math.Round(total.Cost, 6),
                    cached_answers = store.LlmCache.Count(),
                    budget = new { briefs, prompt_tokens = prompt, whole_article_tokens = whole, ratio = Math.Round(ratio, 4) },
                    by_model = lines.Select(l => new { model = l.Model, outcome = l.Outcome, calls = l.Calls, tokens_in = l.TokensIn, tokens_out = l.TokensOut, cost_usd = Math.Round(l.CostUsd, 6) }),
                    costliest_briefs = briefCosts.Select(b => new { story = b.StoryId, language = b.Language, slug = b.Slug, calls = b.Calls, tokens_in = b.TokensIn, tokens_out = b.TokensOut, cost_usd = Math.Round(b.CostUsd, 6) }),
                }));
                return Task.FromResult(0);
            }

            if (total.Calls == 0)
            {
                Console.WriteLine("No model calls yet: configure Llm:Endpoint and Llm:Model (see README, \"Using a model\") and run `newsdesk run --once`.");
                return Task.FromResult(0);
            }

            Console.WriteLine("model\toutcome\tcalls\ttokens_in\ttokens_out\tcost_usd");
            foreach (var l in lines)
            {
                Console.WriteLine(string.Join('\t', l.Model, l.Outcome, l.Calls, l.TokensIn, l.TokensOut, Usd(l.CostUsd)));
            }

            Console.WriteLine(string.Join('\t', "total", "", total.Calls, total.In, total.Out, Usd(total.Cost)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Prompt budget: {prompt:N0} tokens for {briefs} briefs ({(briefs == 0 ? 0 : prompt / briefs):N0} each) vs {whole:N0} with whole articles: ratio {ratio:0.000}."));
            Console.WriteLine($"Cached answers: {store.LlmCache.Count()} (an unchanged story is not asked again).");
            Console.WriteLine("Costliest briefs (all runs):");
            foreach (var b in briefCosts)
            {
                Console.WriteLine($"  {b.Language} {(b.Slug.Length > 0 ? b.Slug : b.StoryId)}: {b.Calls} calls, {b.TokensIn} in, {b.TokensOut} out, ${Usd(b.CostUsd)}");
            }

            foreach (var problem in store.LlmCalls.Problems(5))
            {
                Console.WriteLine($"  {problem.At.UtcDateTime:yyyy-MM-dd HH:mm} {problem.Outcome} {problem.Purpose} {problem.StoryId}/{problem.Language} ({problem.Model}): {problem.Detail}");
            }

            return Task.FromResult(0);
        }));
        return command;
    }

    private static string Usd(double value) => value.ToString("0.000000", CultureInfo.InvariantCulture);
}
