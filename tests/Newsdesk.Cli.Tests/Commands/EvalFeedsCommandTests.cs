using System.Text.Json;

namespace Newsdesk.Cli.Tests.Commands;

public class EvalFeedsCommandTests
{
    [Fact]
    public async Task Feeds_eval_counts_checks_and_lists_failures_by_field()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "wellformed", "rss"));
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "wellformed", "rss", "a.xml"),
            "<rss version=\"2.0\"><channel><title>Feed title</title><item><title>Item &lt;b&gt;one&lt;/b&gt;</title><link>/x</link></item></channel></rss>");
        await File.WriteAllTextAsync(Path.Combine(temp.Path, "cases.json"), JsonSerializer.Serialize(new object[]
        {
            new { file = "wellformed/rss/a.xml", bozo = false, field = "feed.title", expected = "Feed title" },
            new { file = "wellformed/rss/a.xml", bozo = false, field = "entry.title", expected = "Item <b>one</b>" },
            new { file = "wellformed/rss/a.xml", bozo = false, field = "entry.link", expected = "http://127.0.0.1:8097/x" },
            new { file = "wellformed/rss/a.xml", bozo = false, field = "feed.rights", expected = "Not there" },
        }));

        var (exit, output, error) = await CliRun.Invoke("eval", "feeds", "--data", temp.Path, "--json");

        Assert.True(exit == 0, error);
        using var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        Assert.Equal(4, result.RootElement.GetProperty("cases").GetInt32());
        Assert.Equal(3, result.RootElement.GetProperty("passed").GetInt32());
        Assert.Equal(1, result.RootElement.GetProperty("failures_by_field").GetProperty("feed.rights").GetInt32());
        Assert.Contains("feed.rights: 1 failed", output, StringComparison.Ordinal);
    }
}
