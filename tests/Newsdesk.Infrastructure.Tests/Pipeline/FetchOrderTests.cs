using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Infrastructure.Tests.Llm;
using Newsdesk.Infrastructure.Tests.Storage;

namespace Newsdesk.Infrastructure.Tests.Pipeline;

/// <summary>Story and thread ids, and every byte of every brief, do not depend on the order pages arrive in (the store
/// numbers articles as they come): ties in time go by address.</summary>
public class FetchOrderTests
{
    private static readonly DateTimeOffset Noon = new(2026, 6, 23, 12, 0, 0, TimeSpan.Zero);

    // Three reports of one flood published at the same minute (a wire story and its copies), and a later one.
    private static Article[] Pages =>
    [
        FloodStory.English1 with { Published = Noon }, FloodStory.English2 with { Published = Noon }, FloodStory.German with { Published = Noon },
        FloodStory.Article("https://ledger.example/flood-aid", "Port Avalen asks for more flood aid", "en", "Harbour Ledger",
            "Mayor Lena Brandt asked the regional government on Wednesday for more aid after the Selde flood in Port Avalen.",
            "The 48 million euros promised so far would not cover the damage, she said.") with { Published = Noon.AddDays(1) },
    ];

    private static async Task<(List<string> Stories, List<string> Threads, List<string> Briefs)> BuildInOrder(IEnumerable<Article> order, StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        foreach (var page in order)
        {
            store.Articles.Upsert(page);
        }

        await new StoryBuilder(store, new SiteSettings()).RunAsync(null, CancellationToken.None);
        var briefs = store.Briefs.List().Select(b => b.FrontMatter.Language + "/" + b.FrontMatter.Slug + "\n" + MarkdownBriefRenderer.Render(b)).Order(StringComparer.Ordinal).ToList();
        return (store.Briefs.List().Select(b => b.StoryId).Distinct().Order(StringComparer.Ordinal).ToList(),
            store.Stories.Threads().Select(t => t.Id).Order(StringComparer.Ordinal).ToList(), briefs);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_same_pages_in_reversed_and_shuffled_order_give_the_same_ids_and_briefs(StoreProvider provider)
    {
        var given = await BuildInOrder(Pages, provider);
        var reversed = await BuildInOrder(Pages.Reverse(), provider);
        var shuffled = await BuildInOrder(Pages.OrderBy(_ => Random.Shared.Next()), provider);

        Assert.NotEmpty(given.Briefs);
        foreach (var other in new[] { reversed, shuffled })
        {
            Assert.Equal(given.Stories, other.Stories);
            Assert.Equal(given.Threads, other.Threads);
            Assert.Equal(given.Briefs, other.Briefs);
        }
    }
}
