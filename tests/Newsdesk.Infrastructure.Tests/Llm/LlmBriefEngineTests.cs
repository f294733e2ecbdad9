using System.Text.Json.Nodes;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Llm;

public class LlmBriefEngineTests
{
    private static readonly BriefSectionKind[] Prose =
        [BriefSectionKind.TlDr, BriefSectionKind.Summary, BriefSectionKind.WhyItMatters, BriefSectionKind.KeyPoints, BriefSectionKind.Perspectives, BriefSectionKind.Faq];

    [Fact]
    public async Task A_good_answer_over_the_openai_protocol_becomes_a_cited_llm_brief_with_its_tokens_and_cost()
    {
        await using var run = await ModelRun.StartAsync();
        run.Settings.Prices["cheap"] = new LlmPriceSettings { Input = 1.0, Output = 2.0 };

        var (brief, tally) = await run.WriteAsync();

        Assert.True(brief.FrontMatter.Engine == "llm:cheap", string.Join("\n", tally.Fallbacks));
        var usage = Assert.IsType<LlmUsage>(brief.FrontMatter.Usage);
        Assert.Equal(new LlmUsage(400, 150, 0.0007, 0), usage with { CostUsd = Math.Round(usage.CostUsd, 7) });
        var request = Assert.Single(run.Server.Requests);
        var evidence = FakeModelServer.Evidence(request.User);
        Assert.Equal(evidence[0].Text, brief.Section(BriefSectionKind.TlDr)!.Items[0].Text);
        Assert.All(Prose.SelectMany(k => brief.Section(k)?.Items ?? []), i => Assert.NotEmpty(i.Citations));
        Assert.Contains(brief.Section(BriefSectionKind.Perspectives)!.Items, i => i.Label == SectionHeadings.Take("en"));
        Assert.Equal(1, tally.Briefs);
        var line = Assert.Single(run.Ledger);
        Assert.Equal(("cheap", "ok", 1), (line.Model, line.Outcome, line.Calls));
        var (prompt, whole, briefs) = run.Store.LlmCalls.Budget();
        Assert.Equal(1, briefs);
        Assert.True(prompt < whole, $"prompt {prompt} tokens, whole articles {whole}");
        Assert.Contains("tokens_in: 400", MarkdownBriefRenderer.Render(brief), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ollama_protocol_works_the_same_way()
    {
        await using var run = await ModelRun.StartAsync();
        run.Settings.Provider = "ollama";
        run.Settings.Endpoint = run.Server.OllamaEndpoint;

        var (brief, _) = await run.WriteAsync();

        Assert.Equal("llm:cheap", brief.FrontMatter.Engine);
        Assert.Equal((400, 150), (brief.FrontMatter.Usage!.TokensIn, brief.FrontMatter.Usage.TokensOut));
        Assert.Equal("cheap", Assert.Single(run.Server.Requests).Model);
    }

    [Fact]
    public async Task An_invented_number_is_caught_and_its_sentence_dropped_and_counted()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Answer = request => Edit(FakeModelServer.WriteBrief(request), json => json["summary"]![0] = "Officials counted 5,000 evacuees by the evening [1].");

        var (brief, tally) = await run.WriteAsync();

        Assert.Equal("llm:cheap", brief.FrontMatter.Engine);
        Assert.Equal(1, brief.FrontMatter.Usage!.Unsupported);
        Assert.DoesNotContain("5,000", MarkdownBriefRenderer.Render(brief), StringComparison.Ordinal);
        Assert.Equal(1, tally.Unsupported);
    }

    [Fact]
    public async Task A_failed_validation_escalates_to_the_strong_model()
    {
        await using var run = await ModelRun.StartAsync();
        run.Settings.Models.Add(new LlmModelSettings { Model = "strong", Role = "strong" });
        run.Server.Answer = request => request.Model == "cheap"
            ? Edit(FakeModelServer.WriteBrief(request), json => json["tldr"] = "Mayor Hans Kruger ordered the evacuation of 1,200 residents [1].")
            : FakeModelServer.WriteBrief(request);

        var (brief, _) = await run.WriteAsync();

        Assert.Equal("llm:strong", brief.FrontMatter.Engine);
        Assert.Equal(["cheap", "strong"], run.Server.Requests.Select(r => r.Model));
        Assert.Contains(run.Ledger, l => l is { Model: "cheap", Outcome: "rejected" });
        Assert.Contains(run.Ledger, l => l is { Model: "strong", Outcome: "ok" });
        Assert.Equal(0, brief.FrontMatter.Usage!.Unsupported);
        Assert.Equal(800, brief.FrontMatter.Usage.TokensIn); // both calls were paid for
    }

    [Fact]
    public async Task Invalid_json_is_sent_back_for_repair_once_and_the_repaired_answer_used()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Enqueue(Reply.Raw("Sure! Here is the brief: {\"tldr\": \"The Selde"));

        var (brief, _) = await run.WriteAsync();

        Assert.Equal("llm:cheap", brief.FrontMatter.Engine);
        Assert.Equal([2, 4], run.Server.Requests.Select(r => r.Messages)); // the repair carries the bad answer and what was wrong
        Assert.Contains("could not be used", run.Server.Requests.Last().LastUser, StringComparison.Ordinal);
        Assert.Contains(run.Ledger, l => l.Outcome == "unreadable");
    }

    [Fact]
    public async Task Garbage_every_time_falls_back_to_the_extractive_brief_with_the_reason_logged()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Answer = _ => "I am sorry, I cannot help with that.";

        var (brief, tally) = await run.WriteAsync();

        Assert.Equal("extractive", brief.FrontMatter.Engine);
        Assert.NotNull(brief.Section(BriefSectionKind.TlDr));
        Assert.Contains("no JSON object", Assert.Single(tally.Fallbacks), StringComparison.Ordinal);
        Assert.Equal(2, run.Server.Requests.Count);
        Assert.Contains("no JSON object", run.Store.LlmCalls.Problems().First(p => p.Outcome == "fallback").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_endpoint_times_out_each_try_and_falls_back()
    {
        await using var run = await ModelRun.StartAsync();
        run.Settings.TimeoutSeconds = 1;
        run.Server.Enqueue(Reply.Hang, Reply.Hang);

        var (brief, tally) = await run.WriteAsync();

        Assert.Equal("extractive", brief.FrontMatter.Engine);
        Assert.Contains("no answer within 1 s", Assert.Single(tally.Fallbacks), StringComparison.Ordinal);
        // Two tries; on a busy machine the server may not see the second before the client gives it up.
        Assert.InRange(run.Server.Requests.Count, 1, 2);
    }

    [Fact]
    public async Task A_hung_model_costs_two_timeouts_per_run_not_three_per_story()
    {
        await using var run = await ModelRun.StartAsync();
        run.Settings.TimeoutSeconds = 1;
        run.Settings.MaxAttempts = 3;
        run.Server.Enqueue(Enumerable.Repeat(Reply.Hang, 9).ToArray());

        var (briefs, tally) = await run.WriteSeveralAsync(3);

        Assert.All(briefs, b => Assert.Equal("extractive", b.FrontMatter.Engine));
        // Two tries; on a busy machine the server may not see the second before the client gives it up.
        Assert.InRange(run.Server.Requests.Count, 1, 2); // without the breaker: 3 tries for each of 3 stories
        Assert.Contains("not asked again in this run", Assert.Single(tally.Notices), StringComparison.Ordinal);
        Assert.Equal(3, tally.Fallbacks.Count);
        Assert.All(tally.Fallbacks.Skip(1), f => Assert.Contains("circuit open", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_model_that_sends_its_headers_and_stalls_costs_its_timeout_per_try_and_opens_the_breaker()
    {
        await using var run = await ModelRun.StartAsync();
        run.Settings.TimeoutSeconds = 1;
        run.Settings.MaxAttempts = 3;
        run.Server.Enqueue(Enumerable.Repeat(Reply.StallAfterHeaders, 9).ToArray());
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // a hang fails the test instead of stalling the suite

        var (briefs, tally) = await run.WriteSeveralAsync(3).WaitAsync(deadline.Token);

        Assert.All(briefs, b => Assert.Equal("extractive", b.FrontMatter.Engine));
        // Two tries; on a busy machine the server may not see the second before the client gives it up.
        Assert.InRange(run.Server.Requests.Count, 1, 2); // the stalled bodies count as failed tries, and the circuit opens
        Assert.Contains("not asked again in this run", Assert.Single(tally.Notices), StringComparison.Ordinal);
        Assert.Contains("no answer within 1 s", tally.Fallbacks[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grown_story_keeps_the_extractive_whats_new_and_lead_with_the_model_and_an_unchanged_one_asks_nothing()
    {
        await using var run = await ModelRun.StartAsync();
        using var router = new Infrastructure.Llm.ModelRouter(run.Settings, run.Store, TimeProvider.System);
        var engine = new Infrastructure.Llm.LlmBriefEngine(router, translate: false);
        var day = new DateTimeOffset(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);
        Task Build() => new Infrastructure.Pipeline.StoryBuilder(run.Store, new SiteSettings(), llm: engine).RunAsync(null, CancellationToken.None);
        run.Store.Articles.Upsert(FloodStory.English1 with { Published = day });
        await Build();
        run.Store.Articles.Upsert(FloodStory.English2 with { Published = day.AddHours(5) });
        await Build();

        var brief = run.Store.Briefs.List("en").Single();
        Assert.Equal(2, brief.FrontMatter.Version);
        Assert.StartsWith("llm:", brief.FrontMatter.Engine, StringComparison.Ordinal);
        var whatsNew = Assert.IsType<BriefSection>(brief.Section(BriefSectionKind.WhatsNew));
        Assert.Contains(whatsNew.Items, i => i.Text.Contains("flood wall promised after the 2019 flood", StringComparison.Ordinal));
        // The lead is the newer report's, quoted and cited: the model did not rewrite it.
        var newer = brief.Sources.Single(s => s.Url == FloodStory.English2.Url).Number;
        var tldr = brief.Section(BriefSectionKind.TlDr)!.Items.Single();
        Assert.Contains(newer, tldr.Citations);
        Assert.Contains(tldr.Text, FloodStory.English2.Text, StringComparison.Ordinal);
        Assert.Contains("90 million euros", tldr.Text, StringComparison.Ordinal); // the newer report's new figure leads

        // The model was told what is new and asked to lead with it.
        var prompt = run.Server.Requests.Last().User;
        Assert.Contains("The story grew since its last version. New since then", prompt, StringComparison.Ordinal);
        Assert.Contains($"[{newer}] Insurers estimate the damage to homes and shops at more than 90 million euros.", prompt, StringComparison.Ordinal);

        var asked = run.Server.Requests.Count;
        await Build();
        Assert.Equal(asked, run.Server.Requests.Count);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_retry_after()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Enqueue(Reply.Http(429, retryAfterSeconds: 1));

        var (brief, _) = await run.WriteAsync();

        Assert.Equal("llm:cheap", brief.FrontMatter.Engine);
        var times = run.Server.Requests.Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(0.9), $"retried after {(times[1] - times[0]).TotalSeconds:0.00} s");
    }

    [Fact]
    public async Task Server_errors_are_retried_then_fall_back()
    {
        await using var run = await ModelRun.StartAsync();
        run.Server.Enqueue(Reply.Http(500), Reply.Http(500));

        var (brief, tally) = await run.WriteAsync();

        Assert.Equal("extractive", brief.FrontMatter.Engine);
        Assert.Contains("HTTP 500", Assert.Single(tally.Fallbacks), StringComparison.Ordinal);
        Assert.Equal(2, run.Server.Requests.Count);
    }

    [Fact]
    public async Task A_refused_connection_falls_back_with_that_reason()
    {
        await using var run = await ModelRun.StartAsync();
        run.Settings.Endpoint = "http://127.0.0.1:9/v1"; // the discard port: nothing listens

        var (brief, tally) = await run.WriteAsync();

        Assert.Equal("extractive", brief.FrontMatter.Engine);
        Assert.Contains("connection failed", Assert.Single(tally.Fallbacks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unchanged_story_is_answered_from_the_cache_and_costs_nothing()
    {
        await using var run = await ModelRun.StartAsync();
        run.Settings.Prices["cheap"] = new LlmPriceSettings { Input = 1.0, Output = 2.0 };

        var (first, _) = await run.WriteAsync();
        var (second, _) = await run.WriteAsync();

        Assert.Single(run.Server.Requests);
        Assert.Equal(MarkdownBriefRenderer.Render(first), MarkdownBriefRenderer.Render(second));
        var cached = Assert.Single(run.Ledger, l => l.Outcome == "cached");
        Assert.Equal((0L, 0.0), (cached.TokensIn, cached.CostUsd));
    }

    private static string Edit(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return node.ToJsonString();
    }
}
