namespace Newsdesk.Cli.Tests.Commands;

public class RebuildCommandTests
{
    [Fact]
    public async Task Rebuild_recomputes_everything_and_keeps_every_slug_and_file()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, (await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path)).Exit);
        var briefs = Path.Combine(temp.Path, "briefs");
        var before = Directory.GetFiles(briefs, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        var (exit, output, error) = await CliRun.Invoke("rebuild", "--data-dir", temp.Path);

        Assert.True(exit == 0, error);
        Assert.Contains("all analysed again: 43", output, StringComparison.Ordinal);
        Assert.Contains("11 stories in 8 threads", output, StringComparison.Ordinal);
        Assert.Contains("wrote 22 of 22 briefs (0 removed)", output, StringComparison.Ordinal);
        Assert.Equal(before, Directory.GetFiles(briefs, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(before, name => Assert.True(File.Exists(Path.Combine(temp.Path, "site", name!.Split('.')[1], name.Split('.')[0], "index.html")), name));
    }

    [Fact]
    public async Task Rebuild_since_a_date_that_is_not_one_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = await CliRun.Invoke("rebuild", "--since", "last week", "--data-dir", temp.Path);

        Assert.Equal(2, exit);
        Assert.Equal("newsdesk: --since wants a date as yyyy-MM-dd, not \"last week\"", error.Trim());
    }
}
