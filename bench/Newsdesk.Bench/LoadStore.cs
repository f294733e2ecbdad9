using System.Globalization;
using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Http;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Web.Demo;

namespace Newsdesk.Bench;

/// <summary>
/// Builds a store with many stories for the load test: the demo corpus goes through the real pipeline once, then its
/// briefs are copied under fresh ids, slugs and dates (spread over a year) until there are as many as asked for.
/// </summary>
internal static class LoadStore
{
    public static async Task<NewsdeskSettings> BuildAsync(int stories)
    {
        var settings = SettingsLoader.Load(Directory.CreateTempSubdirectory("newsdesk-load-").FullName);
        settings.Fetch.AllowLoopback = true;
        settings.Fetch.HostDelayMs = 0;
        using var store = NewsStore.Open(StoreLocation.Of(settings));
        using var fetcher = new HttpFetcher(settings.Fetch);
        await using (var outlets = await DemoOutletServer.StartAsync(DemoCorpus.Load(CorpusLocator.DemoCorpus())))
        {
            foreach (var feed in outlets.FeedUrls)
            {
                await new SubscriptionService(store, fetcher).AddAsync(feed.ToString(), CancellationToken.None);
            }

            await new PipelineRunner(settings, store, fetcher, TimeProvider.System).RunOnceAsync(null, CancellationToken.None);
        }

        var seeds = store.Briefs.List();
        var copies = new List<StoryBrief>(stories * 2);
        var storyCount = 0;
        for (var i = 0; storyCount < stories; i++)
        {
            var day = new DateOnly(2026, 1, 1).AddDays(i % 365);
            foreach (var group in seeds.GroupBy(b => b.StoryId).TakeWhile(_ => storyCount < stories))
            {
                storyCount++;
                var storyId = $"{group.Key}-{i}";
                var slugs = group.ToDictionary(b => b.FrontMatter.Language, b => $"{b.FrontMatter.Slug}-{i}");
                copies.AddRange(group.Select(b => b with
                {
                    StoryId = storyId,
                    FrontMatter = b.FrontMatter with
                    {
                        Slug = slugs[b.FrontMatter.Language],
                        Date = day,
                        Updated = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                        Thread = $"t-load-{i}",
                        Translations = slugs.Where(s => s.Key != b.FrontMatter.Language).ToDictionary(s => s.Key, s => s.Value),
                        Previous = null,
                        Next = null,
                    },
                }));
            }
        }

        store.Briefs.Replace(copies);
        var location = StoreLocation.Of(settings);
        if (location.Provider == StoreProvider.Postgres)
        {
            // What autovacuum does on a running server within a minute of such a load: planner statistics, and the
            // visibility map that lets counts read the index alone.
            using var connection = new Npgsql.NpgsqlConnection(location.Target);
            connection.Open();
            using var vacuum = new Npgsql.NpgsqlCommand("VACUUM ANALYZE", connection);
            vacuum.ExecuteNonQuery();
        }

        Console.WriteLine($"store: {store.Briefs.Count().ToString(CultureInfo.InvariantCulture)} briefs ({copies.Select(c => c.StoryId).Distinct().Count()} stories) in {StoreLocation.Of(settings).Describe()}");
        return settings;
    }
}
