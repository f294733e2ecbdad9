using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Infrastructure.Tests.Llm;
using Newsdesk.Infrastructure.Tests.Storage;

namespace Newsdesk.Infrastructure.Tests.Pipeline;

/// <summary>Nothing half done: a build stopped after placing owes its briefs to the next run, and a publish that
/// failed owes its pages; the next run finishes both, even with nothing new.</summary>
public class BuildJournalTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);

    private static Article[] Stream =>
    [
        FloodStory.English1 with { Published = Day1 }, FloodStory.English2 with { Published = Day1.AddHours(2) }, FloodStory.German with { Published = Day1.AddHours(3) },
    ];

    /// <summary>Stops the build once it reports the given step, as a kill between two transactions would.</summary>
    private sealed class StopAt(string step, CancellationTokenSource stop) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value)
        {
            if (value.Stage.StartsWith(step, StringComparison.Ordinal))
            {
                stop.Cancel();
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_build_stopped_after_placing_owes_its_briefs_and_the_next_build_writes_them_with_nothing_new(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Articles.Upsert(Stream[0]);
        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        Assert.Equal(1, store.Briefs.Count());
        store.Articles.Upsert(Stream[1]);
        store.Articles.Upsert(Stream[2]);

        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new StoryBuilder(store, new SiteSettings()).RunAsync(new StopAt("Placing", stop), stop.Token));
        Assert.Equal(1, store.Briefs.Count()); // placed, but no brief written
        Assert.Equal(1, store.Journal.Count(BuildJournal.Brief));

        var resumed = await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);

        Assert.False(resumed.Skipped);
        Assert.Equal(0, resumed.Articles);
        Assert.Equal(1, resumed.Resumed);
        Assert.Equal(2, store.Briefs.Count()); // the flood story in English and now German
        Assert.Equal(2, store.Briefs.List("en").Single().FrontMatter.Version);
        Assert.Equal(0, store.Journal.Count(BuildJournal.Brief));
        Assert.True(store.Journal.Count(BuildJournal.Publish) > 0, "the written briefs' pages are owed until published");
        Assert.True((await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None)).Skipped);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_publish_that_fails_leaves_the_previous_files_no_temporary_and_its_pages_owed(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        var (briefsDir, siteDir) = (Path.Combine(db.Folder, "briefs"), Path.Combine(db.Folder, "site"));
        var exporter = new SiteExporter(store, new SiteSettings());
        store.Articles.Upsert(Stream[0]);
        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        exporter.Publish(briefsDir, siteDir);
        Assert.Equal(0, store.Journal.Count(BuildJournal.Publish));
        var feed = Path.Combine(siteDir, "feed.xml");
        var feedBefore = File.ReadAllText(feed);

        // The story grows; then a write fails: the feed's temporary cannot be created (a folder stands in its place).
        store.Articles.Upsert(Stream[1]);
        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        Directory.CreateDirectory(feed + ".tmp");
        var failure = Assert.Throws<PublishException>(() => exporter.Publish(briefsDir, siteDir));

        Assert.Contains("feed.xml", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the next run publishes what is left", failure.Message, StringComparison.Ordinal);
        Assert.Equal(feedBefore, File.ReadAllText(feed));
        Assert.True(store.Journal.Count(BuildJournal.Publish) > 0);
        Assert.Empty(Directory.GetFiles(siteDir, "*.tmp", SearchOption.AllDirectories));

        // The next run, with nothing new to build, publishes what was owed.
        Directory.Delete(feed + ".tmp");
        Assert.True((await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None)).Skipped);
        exporter.Publish(briefsDir, siteDir);

        Assert.Equal(0, store.Journal.Count(BuildJournal.Publish));
        Assert.NotEqual(feedBefore, File.ReadAllText(feed));
        var brief = store.Briefs.List("en").Single();
        Assert.Equal(2, brief.FrontMatter.Version);
        Assert.True(File.Exists(Path.Combine(siteDir, "en", brief.FrontMatter.Slug, "history", "index.html")));
        Assert.Contains("version: 2", File.ReadAllText(Path.Combine(briefsDir, brief.FrontMatter.Slug + ".en.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_full_build_that_was_stopped_is_finished_by_the_next_build(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        foreach (var article in Stream)
        {
            store.Articles.Upsert(article);
        }

        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        var before = store.Briefs.List().Select(b => Core.Publish.JsonExport.Serialize(b)).Order(StringComparer.Ordinal).ToList();
        using var stop = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new StoryBuilder(store, new SiteSettings()).RunAsync(new StopAt("Placing", stop), stop.Token, full: true));
        Assert.Equal(1, store.Journal.Count(BuildJournal.Full));

        var finished = await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);

        Assert.True(finished.Full);
        Assert.Equal(0, store.Journal.Count(BuildJournal.Full));
        Assert.Equal(before, store.Briefs.List().Select(b => Core.Publish.JsonExport.Serialize(b)).Order(StringComparer.Ordinal).ToList());
    }
}
