using Microsoft.Data.Sqlite;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Infrastructure.Tests.Llm;

namespace Newsdesk.Infrastructure.Tests.Pipeline;

/// <summary>A publish sanitizes the feed entries of briefs that changed and reuses the kept entries of the others.</summary>
public class FeedEntryTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);

    private static Article Crane { get; } = FloodStory.Article("https://ledger.example/crane", "Harbour crane collapses onto cargo ship in Lindau", "en", "Harbour Ledger",
        "A 60-metre crane collapsed onto the cargo ship Nordlicht in Lindau harbour on Wednesday morning.",
        "Port director Fiona Hale said two dock workers were slightly injured and taken to hospital.",
        "Engineers from the crane maker Kessler will inspect the remaining four cranes this week.");

    [Fact]
    public async Task Only_the_entries_of_changed_briefs_are_sanitized_again()
    {
        using var temp = new TempDirectory();
        var (briefs, site) = (temp.File("briefs"), temp.File("site"));
        using var store = NewsStore.Open(temp.File("n.db"));
        var exporter = new SiteExporter(store, new SiteSettings());
        store.Articles.Upsert(FloodStory.English1 with { Published = Day1 });
        store.Articles.Upsert(Crane with { Published = Day1.AddDays(1) });
        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        exporter.Publish(briefs, site);

        var urls = store.Briefs.List().Select(b => b.FrontMatter.Url).ToList();
        var first = store.FeedEntries.Find(urls);
        Assert.Equal(urls.Order(StringComparer.Ordinal), first.Keys.Order(StringComparer.Ordinal));
        Assert.All(first.Values, e => Assert.DoesNotContain("<script", e.Html, StringComparison.OrdinalIgnoreCase));

        // Mark every kept entry, then grow the flood story only: the crane's marked entry is reused as it is, the
        // flood's is made again from its new body.
        using (var connection = new SqliteConnection($"Data Source={temp.File("n.db")}"))
        {
            connection.Open();
            using var mark = connection.CreateCommand();
            mark.CommandText = "UPDATE feed_entries SET html = html || '<p>kept-entry</p>'";
            mark.ExecuteNonQuery();
        }

        store.Articles.Upsert(FloodStory.English2 with { Published = Day1.AddHours(2) });
        var grown = await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        exporter.Publish(briefs, site);

        var flood = Assert.Single(grown.Written).FrontMatter.Url;
        var after = store.FeedEntries.Find(urls.Append(flood));
        Assert.DoesNotContain("kept-entry", after[flood].Html, StringComparison.Ordinal);
        Assert.NotEqual(first[flood].Hash, after[flood].Hash);
        var crane = urls.Single(u => u != flood);
        Assert.Contains("kept-entry", after[crane].Html, StringComparison.Ordinal);
        var feed = File.ReadAllText(Path.Combine(site, "feed.xml"));
        Assert.Single(feed.Split("kept-entry").Skip(1));
    }
}
