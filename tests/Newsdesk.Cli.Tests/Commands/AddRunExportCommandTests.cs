using System.Text.Json;

namespace Newsdesk.Cli.Tests.Commands;

public class AddRunExportCommandTests
{
    private static string Page(string title, string published, params string[] paragraphs) =>
        $"<html lang=\"en\"><head><title>{title}</title><meta property=\"article:published_time\" content=\"{published}\"></head><body><article><h1>{title}</h1>"
        + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article></body></html>";

    [Fact]
    public async Task A_local_feed_is_added_run_and_exported_in_every_format()
    {
        using var temp = new TempDirectory();
        var data = Path.Combine(temp.Path, "data");
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "one.html"), Page("Lindmoor tunnel opens", "2026-06-22T08:00:00Z",
            "The harbour tunnel in Lindmoor opened to traffic on Monday after four years of construction.",
            "About 30,000 vehicles a day are expected to use the Lindmoor tunnel, officials said."));
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "two.html"), Page("Lindmoor tunnel: drivers queue on first day", "2026-06-22T11:00:00Z",
            "Drivers queued at the entrance of the new Lindmoor harbour tunnel on its first day of traffic on Monday.",
            "The Lindmoor tunnel toll of €2.50 per car was criticised by residents' groups."));
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "feed.xml"), """
            <rss version="2.0"><channel><title>Local file feed</title>
            <item><title>Lindmoor tunnel opens</title><link>one.html</link></item>
            <item><title>Lindmoor tunnel: drivers queue on first day</title><link>two.html</link></item>
            </channel></rss>
            """);

        var add = await CliRun.Invoke("add", "--data-dir", data, Path.Combine(temp.Path, "feed.xml"));
        var addAgain = await CliRun.Invoke("add", "--data-dir", data, Path.Combine(temp.Path, "feed.xml"));
        var run = await CliRun.Invoke("run", "--once", "--data-dir", data);

        Assert.Equal(0, add.Exit);
        Assert.StartsWith("added: feed file://", add.Out, StringComparison.Ordinal);
        Assert.StartsWith("already subscribed", addAgain.Out, StringComparison.Ordinal);
        Assert.True(run.Exit == 0, run.Err);
        Assert.Contains("2 new", run.Out, StringComparison.Ordinal);
        Assert.Contains("placed all 2 articles: 1 story in 1 thread;", run.Out, StringComparison.Ordinal);

        var quality = await CliRun.Invoke("eval", "briefs", "--data", data, "--json");
        Assert.True(quality.Exit == 0, quality.Err);
        using (var report = JsonDocument.Parse(quality.Out.TrimEnd().Split('\n')[^1]))
        {
            Assert.Equal(1, report.RootElement.GetProperty("quality").GetProperty("briefs").GetInt32());
            Assert.Equal(0, report.RootElement.GetProperty("quality").GetProperty("repeated_facts").GetInt32());
            Assert.Equal(0, report.RootElement.GetProperty("quality").GetProperty("unsupported_citations").GetInt32());
        }

        foreach (var format in new[] { "md", "html", "json" })
        {
            var outDir = Path.Combine(temp.Path, "out-" + format);
            var export = await CliRun.Invoke("export", "--format", format, "--out", outDir, "--data-dir", data);
            Assert.True(export.Exit == 0, export.Err);
        }

        Assert.Single(Directory.GetFiles(Path.Combine(temp.Path, "out-md"), "*.en.md"));
        Assert.True(File.Exists(Path.Combine(temp.Path, "out-html", "index.html")));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(temp.Path, "out-json", "briefs.json")));
        Assert.Equal(2, json.RootElement[0].GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Export_rejects_an_unknown_format()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = await CliRun.Invoke("export", "--format", "pdf", "--out", temp.Path, "--data-dir", temp.Path);
        Assert.Equal(2, exit);
        Assert.Contains("'md' 'html' 'json' 'opml'", error, StringComparison.Ordinal);
    }
}
