using System.Text.RegularExpressions;

namespace Newsdesk.Web.Tests.Endpoints;

/// <summary>The reader serves the same pages from a PostgreSQL store as from the SQLite store it was copied from.</summary>
public partial class PostgresReaderTests(PostgresDemoSite site) : IClassFixture<PostgresDemoSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/en/")]
    [InlineData("/digest/")]
    [InlineData("/categories/environment/")]
    [InlineData("/tags/")]
    [InlineData("/tags/river-selde/")]
    [InlineData("/sources/")]
    [InlineData("/en/2026-06-23-port-avalen-s-old-quay-under-water-after/")]
    [InlineData("/search?q=zzzqqq")]
    [InlineData("/api/stories?lang=de")]
    [InlineData("/api/stories?tag=river-selde")]
    [InlineData("/en/no-such-story/")]
    public async Task A_page_from_postgres_is_the_page_from_sqlite(string path)
    {
        var fromSqlite = await site.GetAsync(path);
        var fromPostgres = await site.GetFromPostgresAsync(path);

        Assert.Equal(fromSqlite.StatusCode, fromPostgres.StatusCode);
        Assert.Equal(Comparable(await fromSqlite.Content.ReadAsStringAsync()), Comparable(await fromPostgres.Content.ReadAsStringAsync()));
    }

    /// <summary>Search finds on PostgreSQL what it finds on SQLite (accents folded on both), and more where German stemming
    /// matches a word's other forms ("Hochwasser" in "Hochwassers"); each engine ranks by its own measure.</summary>
    [Theory]
    [InlineData("Halvard")]
    [InlineData("Hochwasser")]
    [InlineData("harbour flood")]
    [InlineData("burgermeisterin")]
    public async Task Search_on_postgres_finds_what_search_on_sqlite_finds(string query)
    {
        async Task<List<string>> Slugs(Func<string, Task<HttpResponseMessage>> get)
        {
            using var hits = System.Text.Json.JsonDocument.Parse(await (await get($"/api/search?q={Uri.EscapeDataString(query)}")).Content.ReadAsStringAsync());
            return hits.RootElement.EnumerateArray().Select(h => h.GetProperty("language").GetString() + "/" + h.GetProperty("slug").GetString()).ToList();
        }

        var onSqlite = await Slugs(site.GetAsync);
        var onPostgres = await Slugs(site.GetFromPostgresAsync);

        Assert.NotEmpty(onSqlite);
        Assert.Subset(onPostgres.ToHashSet(), onSqlite.ToHashSet());
    }

    /// <summary>The two readers listen on different ports.</summary>
    private static string Comparable(string page) => Port().Replace(page, "127.0.0.1:PORT");

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();
}
