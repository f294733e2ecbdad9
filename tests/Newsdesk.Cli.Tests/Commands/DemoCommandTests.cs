using Microsoft.Data.Sqlite;
using YamlDotNet.Serialization;

namespace Newsdesk.Cli.Tests.Commands;

public class DemoCommandTests
{
    private static readonly string[] RequiredFields =
        ["title", "slug", "date", "updated", "category", "tags", "language", "translations", "sources_count", "featured", "thread", "engine", "publisher", "url"];

    [Fact]
    public async Task A_demo_whose_reader_address_is_taken_says_so_in_one_line_and_leaves_the_data_as_it_was()
    {
        using var temp = new TempDirectory();
        var store = Path.Combine(temp.Path, "newsdesk.db");
        await File.WriteAllTextAsync(store, "the running demo's data");
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)taken.LocalEndpoint).Port}";

        var (exit, _, error) = await CliRun.Invoke("demo", "--data-dir", temp.Path, "--urls", url);

        Assert.Equal(1, exit);
        Assert.Equal($"newsdesk: {url} is already in use (another newsdesk demo or serve?): stop it, or pass --urls http://127.0.0.1:<free port>; nothing was changed", error.Trim());
        Assert.Equal("the running demo's data", await File.ReadAllTextAsync(store));
    }

    [Fact]
    public async Task A_demo_on_a_data_directory_another_demo_uses_says_so_and_clears_nothing()
    {
        using var temp = new TempDirectory();
        var store = Path.Combine(temp.Path, "newsdesk.db");
        await File.WriteAllTextAsync(store, "the running demo's data");
        // As a running demo holds it (another process; a file lock is per open file, so this stands in for one).
        using var running = new FileStream(Path.Combine(temp.Path, ".newsdesk.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var (exit, _, error) = await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path);

        Assert.Equal(1, exit);
        Assert.Equal($"newsdesk: {temp.Path} is in use by another newsdesk demo: stop it, or pass --data-dir <another folder>; nothing was changed", error.Trim());
        Assert.Equal("the running demo's data", await File.ReadAllTextAsync(store));
    }

    [Fact]
    public async Task Links_follow_the_address_the_reader_serves_at_unless_a_base_url_is_configured()
    {
        using var served = new TempDirectory();
        using var configured = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(configured.Path, "newsdesk.json"), """{ "Site": { "BaseUrl": "https://news.example" } }""");

        var (exitServed, _, errorServed) = await CliRun.Invoke("demo", "--no-serve", "--urls", "http://127.0.0.1:5099", "--data-dir", served.Path);
        var (exitConfigured, _, errorConfigured) = await CliRun.Invoke("demo", "--no-serve", "--urls", "http://127.0.0.1:5099", "--data-dir", configured.Path);

        Assert.True(exitServed == 0, errorServed);
        Assert.True(exitConfigured == 0, errorConfigured);
        static IEnumerable<string> Urls(string dir) => Directory.GetFiles(Path.Combine(dir, "briefs"), "*.md")
            .Select(f => File.ReadLines(f).First(l => l.StartsWith("url: ", StringComparison.Ordinal))[5..]);
        Assert.All(Urls(served.Path), u => Assert.StartsWith("http://127.0.0.1:5099/", u, StringComparison.Ordinal));
        Assert.All(Urls(configured.Path), u => Assert.StartsWith("https://news.example/", u, StringComparison.Ordinal));
        // The outlets the briefs cite listen beside the reader, at the same address every time the demo runs.
        Assert.All(Directory.GetFiles(Path.Combine(served.Path, "briefs"), "*.md"),
            f => Assert.Contains("](http://127.0.0.1:5100/", File.ReadAllText(f), StringComparison.Ordinal));
        var feed = await File.ReadAllTextAsync(Path.Combine(served.Path, "site", "feed.xml"));
        Assert.Contains("<link>http://127.0.0.1:5099/en/", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:5080", feed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_writes_the_same_briefs_every_time_whatever_order_its_pages_arrive_in()
    {
        // Pages are fetched in parallel, so the store numbers the articles differently each run; a story's key terms
        // once kept the form and kind of whichever article had the lowest number, and one story's tags changed.
        string? first = null;
        for (var run = 0; run < 4; run++)
        {
            using var temp = new TempDirectory();
            Assert.Equal(0, (await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path)).Exit);
            var briefs = string.Join("\n", Directory.GetFiles(Path.Combine(temp.Path, "briefs"), "*.md").Order(StringComparer.Ordinal).Select(File.ReadAllText));
            first ??= briefs;
            Assert.Equal(first, briefs);
        }
    }

    [Fact]
    public async Task Demo_runs_the_whole_pipeline_over_http_and_writes_briefs_and_the_site()
    {
        using var temp = new TempDirectory();
        var (exit, output, error) = await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path);

        Assert.True(exit == 0, error);
        Assert.Contains("Fetched 7 sources: 41 new articles", output, StringComparison.Ordinal);
        Assert.Contains("no errors", output, StringComparison.Ordinal);
        Assert.Contains("11 stories in 8 threads", output, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", output, StringComparison.Ordinal);
        // Progress says what it counts.
        Assert.Contains("Fetching article pages: 41/41 pages", error, StringComparison.Ordinal);
        Assert.Contains("Placing articles in stories: 41/41 articles", error, StringComparison.Ordinal);
        Assert.Contains("Writing briefs: 11/11 stories", error, StringComparison.Ordinal);

        var briefs = Directory.GetFiles(Path.Combine(temp.Path, "briefs"), "*.md");
        Assert.True(briefs.Length >= 16, $"only {briefs.Length} briefs");
        Assert.Contains(briefs, b => b.EndsWith(".de.md", StringComparison.Ordinal));
        var yaml = new DeserializerBuilder().Build();
        foreach (var brief in briefs)
        {
            var front = yaml.Deserialize<Dictionary<string, object?>>(File.ReadAllText(brief).Split("---\n")[1]);
            Assert.All(RequiredFields, f => Assert.True(front.ContainsKey(f), $"{Path.GetFileName(brief)} lacks {f}"));
            Assert.NotEmpty((List<object>)front["tags"]!);
        }

        Assert.True(File.Exists(Path.Combine(temp.Path, "site", "index.html")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "site", "assets", "site.css")));
    }

    [Fact]
    public async Task Demo_finds_the_events_it_was_written_with()
    {
        using var temp = new TempDirectory();
        await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path);
        using var db = new SqliteConnection($"Data Source={Path.Combine(temp.Path, "newsdesk.db")};Pooling=false");
        db.Open();
        using var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM stories";
        using var threads = db.CreateCommand();
        threads.CommandText = "SELECT story_ids FROM threads";
        var sizes = new List<int>();
        using (var reader = threads.ExecuteReader())
        {
            while (reader.Read())
            {
                sizes.Add(System.Text.Json.JsonSerializer.Deserialize<List<string>>(reader.GetString(0))!.Count);
            }
        }

        // The corpus reports 11 events; two subjects continue across days (3 and 2 stories).
        Assert.Equal(11L, (long)count.ExecuteScalar()!);
        Assert.Equal([3, 2], sizes.Where(s => s > 1).OrderDescending());
    }

    [Fact]
    public async Task A_second_run_over_the_same_store_adds_nothing()
    {
        using var temp = new TempDirectory();
        await CliRun.Invoke("demo", "--no-serve", "--data-dir", temp.Path);
        using (var db = new SqliteConnection($"Data Source={Path.Combine(temp.Path, "newsdesk.db")};Pooling=false"))
        {
            db.Open();
            using var due = db.CreateCommand();
            due.CommandText = "UPDATE sources SET next_poll_at = NULL";
            due.ExecuteNonQuery();
        }

        // The demo outlets are gone now: every feed fails, and nothing stored may be lost.
        var (exit, output, _) = await CliRun.Invoke("run", "--once", "--data-dir", temp.Path);

        Assert.Equal(0, exit);
        Assert.Contains("0 new", output, StringComparison.Ordinal);
        Assert.Contains("7 errors", output, StringComparison.Ordinal);
        Assert.Contains("Nothing new to build", output, StringComparison.Ordinal);
        Assert.Equal(22, Directory.GetFiles(Path.Combine(temp.Path, "briefs"), "*.md").Length);
    }
}
