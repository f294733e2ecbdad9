namespace Newsdesk.Cli.Tests.Commands;

public class FeedsCommandTests
{
    [Fact]
    public async Task Feeds_lists_each_subscription_with_its_health_and_fails_when_one_is_broken()
    {
        using var temp = new TempDirectory();
        var good = Path.Combine(temp.Path, "good.xml");
        var broken = Path.Combine(temp.Path, "broken.xml");
        await File.WriteAllTextAsync(good, "<rss version=\"2.0\"><channel><title>Good Feed</title></channel></rss>");
        await File.WriteAllTextAsync(broken, "<rss version=\"2.0\"><channel><title>Broken</title></channel></rss>");
        await CliRun.Invoke("add", "--data-dir", temp.Path, good, broken);
        await File.WriteAllTextAsync(broken, "<rss><channel><item>");
        await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

        var (exit, output, _) = await CliRun.Invoke("feeds", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("Good Feed", output, StringComparison.Ordinal);
        Assert.Contains("ok", output, StringComparison.Ordinal);
        Assert.Contains("malformed", output, StringComparison.Ordinal);
    }
}
