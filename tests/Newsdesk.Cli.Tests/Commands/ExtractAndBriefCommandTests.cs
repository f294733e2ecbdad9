using System.Text.Json;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Cli.Tests.Commands;

public class ExtractAndBriefCommandTests
{
    private const string PageOne = """
        <html lang="en"><head><title>Tunnel opens</title><meta property="article:published_time" content="2026-06-22T08:00:00Z"></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Harbour tunnel opens to traffic</h1>
        <p>The harbour tunnel in Lindmoor opened to traffic on Monday after four years of construction costing €410 million.</p>
        <p>About 30,000 vehicles a day are expected to use the tunnel, which links the container port with the northern ring road.</p>
        <p>"This takes the trucks out of the old town," said mayor Clara Stein at the opening ceremony.</p></article></body></html>
        """;

    private const string PageTwo = """
        <html lang="en"><head><title>Lindmoor tunnel</title><meta property="article:published_time" content="2026-06-22T10:00:00Z"></head>
        <body><article><h1>Lindmoor harbour tunnel: what changes for drivers</h1>
        <p>Drivers in Lindmoor can use the new harbour tunnel from Monday, cutting the trip from the port to the ring road to six minutes.</p>
        <p>Residents' groups criticised the toll of €2.50 per car, saying it would push traffic back into the old town.</p></article></body></html>
        """;

    [Fact]
    public async Task Extract_json_prints_one_object_per_source()
    {
        using var temp = new TempDirectory();
        var (one, two) = await WritePagesAsync(temp);

        var (exit, output, _) = await CliRun.Invoke("extract", "--json", "--data-dir", temp.Path, one, two);

        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(one, first.RootElement.GetProperty("source").GetString());
        Assert.Equal("Harbour tunnel opens to traffic", first.RootElement.GetProperty("title").GetString());
        Assert.Equal("en", first.RootElement.GetProperty("language").GetString());
        Assert.StartsWith("The harbour tunnel in Lindmoor", first.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Home", first.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(first.RootElement.GetProperty("low_confidence").GetBoolean());
    }

    [Fact]
    public async Task Extract_keeps_a_page_without_a_main_text_and_says_it_is_low_confidence()
    {
        using var temp = new TempDirectory();
        var page = Path.Combine(temp.Path, "app.html");
        await File.WriteAllTextAsync(page, """
            <html lang="de"><head><title>Neue Fährzeiten</title>
            <meta property="og:description" content="Die Inselfähre fährt ab Montag alle vierzig Minuten statt stündlich, teilte die Reederei mit.">
            </head><body><div id="app"></div></body></html>
            """);

        var (exit, output, error) = await CliRun.Invoke("extract", "--json", "--data-dir", temp.Path, page);

        Assert.Equal(0, exit);
        using var result = JsonDocument.Parse(output.Trim());
        Assert.True(result.RootElement.GetProperty("low_confidence").GetBoolean());
        Assert.Equal("Die Inselfähre fährt ab Montag alle vierzig Minuten statt stündlich, teilte die Reederei mit.", result.RootElement.GetProperty("text").GetString());
        Assert.Contains("(low confidence)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_writes_one_cited_markdown_brief_from_several_sources()
    {
        using var temp = new TempDirectory();
        var (one, two) = await WritePagesAsync(temp);

        var (exit, output, error) = await CliRun.Invoke("brief", "--data-dir", temp.Path, one, two);

        Assert.True(exit == 0, error);
        Assert.StartsWith("---\n", output, StringComparison.Ordinal);
        Assert.Contains("sources_count: 2", output, StringComparison.Ordinal);
        Assert.Contains("## TL;DR", output, StringComparison.Ordinal);
        Assert.Contains("[1]", output, StringComparison.Ordinal);
        Assert.Contains("## Sources", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_with_the_llm_engine_asks_the_configured_model_and_records_the_call()
    {
        using var temp = new TempDirectory();
        await using var server = await FakeModelServer.StartAsync();
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "newsdesk.json"),
            JsonSerializer.Serialize(new { Llm = new { Endpoint = server.OllamaEndpoint, Provider = "ollama", Model = "qwen2.5:7b" } }));
        var (one, two) = await WritePagesAsync(temp);

        var (exit, output, error) = await CliRun.Invoke("brief", "--engine", "llm", "--data-dir", temp.Path, one, two);

        Assert.True(exit == 0, error);
        Assert.Contains("engine: llm:qwen2.5:7b", output, StringComparison.Ordinal);
        Assert.Contains("tokens_in: 400", output, StringComparison.Ordinal);
        Assert.Contains("cost_usd: 0\n", output, StringComparison.Ordinal); // a local model costs nothing
        Assert.Contains("Newsdesk's take (opinion)", output, StringComparison.Ordinal);
        Assert.Single(server.Requests);
        var costs = await CliRun.Invoke("costs", "--data-dir", temp.Path);
        Assert.Contains("qwen2.5:7b\tok\t1\t400\t150", costs.Out, StringComparison.Ordinal);
    }

    private static async Task<(string One, string Two)> WritePagesAsync(TempDirectory temp)
    {
        var one = Path.Combine(temp.Path, "one.html");
        var two = Path.Combine(temp.Path, "two.html");
        await File.WriteAllTextAsync(one, PageOne);
        await File.WriteAllTextAsync(two, PageTwo);
        return (one, two);
    }
}
