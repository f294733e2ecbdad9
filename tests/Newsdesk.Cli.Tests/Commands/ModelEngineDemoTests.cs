using System.Text.Json;
using Newsdesk.Tests.Shared;
using YamlDotNet.Serialization;

namespace Newsdesk.Cli.Tests.Commands;

public class ModelEngineDemoTests
{
    [Fact]
    public async Task The_demo_with_a_model_writes_llm_briefs_in_both_languages_and_records_their_cost()
    {
        using var temp = new TempDirectory();
        await using var server = await FakeModelServer.StartAsync();
        File.WriteAllText(Path.Combine(temp.Path, "newsdesk.json"), JsonSerializer.Serialize(new
        {
            Llm = new { Endpoint = server.OpenAiEndpoint, Model = "qwen-turbo", ApiKey = "sk-test-secret", RetryDelaySeconds = 0.05 },
        }));

        var (exit, output, error) = await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path);

        Assert.True(exit == 0, error);
        Assert.Contains("Model (qwen-turbo)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test-secret", output + error, StringComparison.Ordinal);
        var yaml = new DeserializerBuilder().Build();
        var fronts = Directory.GetFiles(Path.Combine(temp.Path, "briefs"), "*.md")
            .Select(f => yaml.Deserialize<Dictionary<string, object>>(File.ReadAllText(f).Split("---\n")[1]))
            .ToList();
        Assert.True(fronts.All(f => (string)f["engine"] == "llm:qwen-turbo"), error);
        Assert.Equal(["de", "en"], fronts.Select(f => (string)f["language"]).Distinct().Order());
        Assert.All(fronts, f => Assert.Equal("400", f["tokens_in"]));
        Assert.All(fronts, f => Assert.Equal("0.00005", f["cost_usd"])); // qwen-turbo: 400 × $0.05 + 150 × $0.20 per million
        // Each brief asked for once, and the tram story's two again when its development arrived in the demo's second run.
        var asked = fronts.Count + 2;
        Assert.Equal(asked, server.Requests.Count);

        var costs = await CliRun.Invoke("costs", "--json", "--data-dir", temp.Path);
        using var report = JsonDocument.Parse(costs.Out.Trim().Split('\n')[^1]);
        var root = report.RootElement;
        Assert.Equal(asked, root.GetProperty("calls").GetInt32());
        // qwen-turbo's default price: $0.05 in, $0.20 out per million tokens.
        Assert.Equal(asked * (400 * 0.05 + 150 * 0.20) / 1e6, root.GetProperty("cost_usd").GetDouble(), 9);
        var ratio = root.GetProperty("budget").GetProperty("ratio").GetDouble();
        Assert.InRange(ratio, 0.05, 0.95);
        var costliest = root.GetProperty("costliest_briefs").EnumerateArray().First();
        // The costliest: a brief of the tram story, asked for in each of the demo's runs.
        Assert.Equal((2, 800), (costliest.GetProperty("calls").GetInt32(), costliest.GetProperty("tokens_in").GetInt32()));
        Assert.StartsWith("2026-06-24-", costliest.GetProperty("slug").GetString(), StringComparison.Ordinal);

        // A second run over the unchanged store asks nothing new: every brief comes from the cache.
        var rerun = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);
        Assert.True(rerun.Exit == 0, rerun.Err);
        Assert.Equal(asked, server.Requests.Count);
    }
}
