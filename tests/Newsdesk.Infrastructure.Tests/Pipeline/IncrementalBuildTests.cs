using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Llm;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Infrastructure.Tests.Llm;
using Newsdesk.Infrastructure.Tests.Storage;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Pipeline;

/// <summary>A build costs what is new: analyses are kept, unchanged briefs are not written again, slugs never move.</summary>
public class IncrementalBuildTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 6, 23, 8, 0, 0, TimeSpan.Zero);

    private static Article At(Article article, DateTimeOffset when) => article with { Published = when };

    private static Article Crane { get; } = FloodStory.Article("https://ledger.example/crane", "Harbour crane collapses onto cargo ship in Lindau", "en", "Harbour Ledger",
        "A 60-metre crane collapsed onto the cargo ship Nordlicht in Lindau harbour on Wednesday morning.",
        "Port director Fiona Hale said two dock workers were slightly injured and taken to hospital.",
        "Engineers from the crane maker Kessler will inspect the remaining four cranes this week.");

    private static Article Strike { get; } = FloodStory.Article("https://wire.example/strike", "Ferry crews in Korvan walk out over pay", "en", "Civic Wire",
        "Ferry crews of the Korvan Line stopped work on Thursday in a dispute over pay, stranding 3,000 commuters.",
        "The union TransVer wants a raise of 9 percent; the company offers 4 percent over two years.",
        "Talks are set to resume on Monday at the regional labour office.");

    private static IReadOnlyList<Article> Stream =>
    [
        At(FloodStory.English1, Day1), At(FloodStory.English2, Day1.AddHours(2)), At(FloodStory.German, Day1.AddHours(3)),
        At(Crane, Day1.AddDays(1)), At(Strike, Day1.AddDays(2)),
    ];

    private static async Task<BuildReport> BuildAsync(NewsStore store) => await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);

    private static Dictionary<string, string> Stored(NewsStore store) =>
        store.Briefs.List().ToDictionary(b => b.FrontMatter.Language + "/" + b.FrontMatter.Slug, b => Core.Publish.JsonExport.Serialize(b));

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_build_with_nothing_new_does_nothing_and_leaves_every_brief_as_it_was(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        foreach (var article in Stream)
        {
            store.Articles.Upsert(article);
        }

        var first = await BuildAsync(store);
        var before = Stored(store);
        var again = await BuildAsync(store);

        Assert.Equal(5, first.Analysed);
        Assert.True(again.Skipped);
        Assert.Equal(0, again.Analysed);
        Assert.Equal(before, Stored(store));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Featured_is_the_days_top_share_and_a_stored_brief_loses_the_mark_when_a_more_important_story_arrives_that_day(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Articles.Upsert(At(FloodStory.English1, Day1));
        store.Articles.Upsert(At(FloodStory.English2, Day1.AddHours(1)));
        await BuildAsync(store);
        bool Featured(string slugPart) => store.Briefs.List("en").Single(b => b.FrontMatter.Slug.Contains(slugPart, StringComparison.Ordinal)).FrontMatter.Featured;
        Assert.True(Featured("selde"));

        // The same day, the crane collapse is reported by three outlets: it outranks the flood (two), and a day of two
        // stories features one.
        string[] outlets = ["Harbour Ledger", "Civic Wire", "Northline"];
        foreach (var (outlet, i) in outlets.Select((o, i) => (o, i)))
        {
            store.Articles.Upsert(At(Crane with { Id = 0, Url = $"https://outlet{i}.example/crane", SiteName = outlet }, Day1.AddHours(2 + i)));
        }

        var report = await BuildAsync(store);

        Assert.True(Featured("crane"));
        Assert.False(Featured("selde"));
        // The flood's brief was written again for its mark alone.
        Assert.Contains(report.Written, b => b.FrontMatter.Slug.Contains("selde", StringComparison.Ordinal) && !b.FrontMatter.Featured);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_build_says_which_stories_it_began_grew_and_closed(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Articles.Upsert(At(FloodStory.English1, Day1));
        var first = await BuildAsync(store);
        store.Articles.Upsert(At(FloodStory.English2, Day1.AddHours(2)));
        var grown = await BuildAsync(store);
        // Four days on, past the 72-hour window: the crane story begins and the flood story closes.
        store.Articles.Upsert(At(Crane, Day1.AddDays(4)));
        var later = await BuildAsync(store);

        Assert.Equal((1, 1, 0), (first.Stories, first.Begun, first.Closed));
        Assert.Equal((1, 0, 0), (grown.Stories, grown.Begun, grown.Closed));
        Assert.Equal((1, 1, 1), (later.Stories, later.Begun, later.Closed));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_new_report_rewrites_only_its_storys_briefs(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        foreach (var article in Stream.Where(a => a.Language == "en"))
        {
            store.Articles.Upsert(article);
        }

        await BuildAsync(store);
        var before = Stored(store);

        store.Articles.Upsert(Stream.Single(a => a.Language == "de"));
        var report = await BuildAsync(store);

        Assert.Equal(1, report.Analysed);
        var flood = store.Stories.Threads().SelectMany(t => t.StoryIds).Single(id => report.Written.Any(b => b.StoryId == id));
        Assert.All(report.Written, b => Assert.Equal(flood, b.StoryId));
        Assert.Equal(["de", "en"], report.Written.Select(b => b.FrontMatter.Language).Order(StringComparer.Ordinal));
        var after = Stored(store);
        Assert.All(before.Where(b => !b.Key.Contains("selde", StringComparison.Ordinal)), b => Assert.Equal(b.Value, after[b.Key]));
        Assert.Equal(before.Count + 1, after.Count);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task An_article_whose_text_changed_is_analysed_again_and_its_storys_brief_rewritten(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Articles.Upsert(At(FloodStory.English1, Day1));
        store.Articles.Upsert(At(Crane, Day1.AddDays(1)));
        await BuildAsync(store);

        var corrected = At(FloodStory.English1, Day1) with { Paragraphs = [.. FloodStory.English1.Paragraphs, "Correction: 1,300 residents were evacuated, not 1,200."] };
        store.Articles.Upsert(corrected with { ContentHash = ContentHash.Of(corrected.Title, corrected.Paragraphs) });
        var report = await BuildAsync(store);

        Assert.Equal(1, report.Analysed);
        Assert.Equal(FloodStory.English1.Url, Assert.Single(Assert.Single(report.Written).Sources).Url);
        Assert.DoesNotContain(report.Written, b => b.Sources.Any(x => x.Url == Crane.Url));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_model_is_asked_only_for_the_story_that_changed(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        await using var server = await FakeModelServer.StartAsync();
        using var store = db.Open();
        var settings = new LlmSettings { Endpoint = server.OpenAiEndpoint, Model = "cheap", TimeoutSeconds = 5, RetryDelaySeconds = 0.05, Translate = false };
        async Task<BuildReport> BuildWithModelAsync()
        {
            using var router = new ModelRouter(settings, store, TimeProvider.System);
            return await new StoryBuilder(store, new SiteSettings(), llm: new LlmBriefEngine(router, translate: false)).RunAsync(null, CancellationToken.None);
        }

        store.Articles.Upsert(At(FloodStory.English1, Day1));
        store.Articles.Upsert(At(Crane, Day1.AddDays(1)));
        await BuildWithModelAsync();
        var first = server.Requests.Count;

        store.Articles.Upsert(At(FloodStory.German, Day1.AddHours(3)));
        var second = await BuildWithModelAsync();

        Assert.Equal(2, first); // one brief per story
        Assert.Equal(2, server.Requests.Count - first); // the flood story's English and German briefs; the crane story is left alone
        Assert.DoesNotContain(second.Written, b => b.Sources.Any(s => s.Url == Crane.Url));
        Assert.All(store.Briefs.List(), b => Assert.Equal("llm:cheap", b.FrontMatter.Engine));
    }

    [Fact]
    public async Task A_stream_built_in_several_runs_gives_the_stories_and_slugs_of_one_run()
    {
        using var temp = new TempDirectory();
        using var once = NewsStore.Open(temp.File("once.db"));
        using var stepwise = NewsStore.Open(temp.File("steps.db"));
        foreach (var article in Stream)
        {
            once.Articles.Upsert(article);
        }

        await BuildAsync(once);
        foreach (var article in Stream)
        {
            stepwise.Articles.Upsert(article);
            await BuildAsync(stepwise);
        }

        Assert.Equal(Shape(once), Shape(stepwise));
        Assert.Equal(Stored(once).Keys.Order(StringComparer.Ordinal), Stored(stepwise).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_report_dated_before_its_story_joins_it_under_the_same_id_and_slug(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Articles.Upsert(At(FloodStory.English2, Day1.AddHours(2)));
        await BuildAsync(store);
        var first = Assert.Single(store.Briefs.List());

        // A backfilled feed delivers an earlier report of the same flood.
        store.Articles.Upsert(At(FloodStory.English1, Day1));
        var report = await BuildAsync(store);

        var grown = Assert.Single(store.Briefs.List());
        Assert.Equal(2, grown.Sources.Count);
        Assert.Equal(first.StoryId, grown.StoryId);
        Assert.Equal(first.FrontMatter.Slug, grown.FrontMatter.Slug);
        Assert.Empty(report.Gone);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_closed_story_is_neither_loaded_nor_joined_by_a_late_report(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Articles.Upsert(At(FloodStory.English1, Day1));
        await BuildAsync(store);
        // Four days later the stream has moved on to other news.
        store.Articles.Upsert(At(Crane, Day1.AddDays(4)));
        await BuildAsync(store);

        // A report of the flood turns up, dated a day after it: the flood story closed three days ago.
        store.Articles.Upsert(At(FloodStory.English2, Day1.AddDays(1)));
        var late = await BuildAsync(store);

        Assert.Equal(2, late.Held); // the crane story and the late report; not the closed flood story
        Assert.Equal(3, store.Briefs.List().Count);
        Assert.All(store.Briefs.List(), b => Assert.Single(b.Sources));
    }

    [Fact]
    public void A_planned_slug_that_is_already_published_is_kept_and_a_new_clash_gets_the_next_number()
    {
        var crane = TextAnalyzer.Analyze(At(Crane, Day1) with { Id = 1 });
        var copy = TextAnalyzer.Analyze(At(Crane, Day1) with { Id = 2, Url = "https://other.example/crane" });
        Story Story(string id, long article) => new() { Id = id, ArticleIds = [article], FirstPublished = Day1, Updated = Day1 };
        var articles = new Dictionary<long, ArticleAnalysis> { [1] = crane, [2] = copy };

        var fresh = BriefPlanner.Plan([Story("s-old", 1), Story("s-new", 2)], articles);
        var published = BriefPlanner.Plan([Story("s-new", 2), Story("s-old", 1)], articles, existing: new Dictionary<(string, string), string> { [("s-old", "en")] = fresh["en"]["s-new"].Slug });

        Assert.Equal(fresh["en"]["s-new"].Slug, published["en"]["s-old"].Slug);
        Assert.Equal(fresh["en"]["s-new"].Slug + "-2", published["en"]["s-new"].Slug);
    }

    /// <summary>Stories as the URLs of their sources, threads as their sizes.</summary>
    private static (string Stories, string Threads) Shape(NewsStore store)
    {
        var briefs = store.Briefs.List();
        var stories = briefs.GroupBy(b => b.StoryId)
            .Select(g => string.Join(" ", g.First().Sources.Select(s => s.Url).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal);
        var threads = store.Stories.Threads().Select(t => t.StoryIds.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal);
        return (string.Join(" | ", stories), string.Join(",", threads));
    }
}
