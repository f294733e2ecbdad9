using Microsoft.Data.Sqlite;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Infrastructure.Tests.Storage;

public class NewsStoreTests
{
    private static Article Article(string url, string title, params string[] paragraphs) => new()
    {
        Url = url,
        Title = title,
        Language = "de",
        Paragraphs = paragraphs,
        Published = new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero),
        ContentHash = ContentHash.Of(title, paragraphs),
    };

    [Fact]
    public void A_store_written_before_the_page_queue_and_kept_analyses_opens_with_its_data_and_undated_articles_get_their_fetch_date()
    {
        using var temp = new TempDirectory();
        var path = temp.File("n.db");
        NewsStore.Open(path).Dispose();
        using (var old = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            // Back to schema 6, as the previous release left it, with an undated article in it.
            old.Open();
            using var downgrade = old.CreateCommand();
            downgrade.CommandText = """
                DROP INDEX article_analyses_version; DROP TABLE article_analyses; ALTER TABLE briefs DROP COLUMN input_hash; DROP INDEX stories_updated; DROP INDEX threads_last_story;
                DROP INDEX story_articles_article; DROP INDEX articles_published; DROP INDEX articles_source; DROP INDEX articles_version; ALTER TABLE threads DROP COLUMN signature; ALTER TABLE threads DROP COLUMN languages;
                ALTER TABLE threads DROP COLUMN last_story_at; DELETE FROM schema_migrations WHERE version = 8;
                DROP TABLE feed_entries; DELETE FROM schema_migrations WHERE version IN (9, 10);
                DROP TABLE pending_items; ALTER TABLE sources DROP COLUMN last_attempt_at; DELETE FROM schema_migrations WHERE version = 7;
                INSERT INTO sources (url, kind, created_at) VALUES ('https://news.example/feed.xml', 'feed', '2026-01-01T00:00:00Z');
                INSERT INTO articles (key, url, source_id, title, language, text, content_hash, version, fetched_at, updated_at)
                VALUES ('https://news.example/a', 'https://news.example/a', 1, 'Old story', 'en', 'Text.', 'h', 1, '2026-02-03T04:05:06Z', '2026-02-03T04:05:06Z');
                """;
            downgrade.ExecuteNonQuery();
        }

        using var upgraded = NewsStore.Open(path);

        Assert.Equal([7, 8, 9, 10], upgraded.AppliedMigrations);
        Assert.Equal("https://news.example/feed.xml", Assert.Single(upgraded.Sources.All()).Url);
        Assert.Equal(new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.Zero), Assert.Single(upgraded.Articles.All()).Published);
        Assert.Equal(0, upgraded.Pending.Count());
        Assert.Equal("ok", upgraded.IntegrityCheck());
    }

    [Fact]
    public void A_kept_analysis_reads_back_as_it_was_written_and_one_kept_as_json_before_binary_analyses_still_reads()
    {
        using var temp = new TempDirectory();
        var path = temp.File("n.db");
        using var store = NewsStore.Open(path);
        var (id, _) = store.Articles.Upsert(Article("https://news.example/hafen", "Hafenkran stürzt auf Frachter",
            "Ein 60 Meter hoher Kran ist am Mittwoch in Lindau auf den Frachter Nordlicht gestürzt.",
            "Hafendirektorin Fiona Hale sagte, zwei Arbeiter seien leicht verletzt worden; der Schaden liegt bei 4,5 Millionen Euro."));
        var article = Assert.Single(store.Articles.All());
        var analysis = TextAnalyzer.Analyze(article) with
        {
            KeyTerms = [new KeyTerm("Fiona Hale", 0.9, KeyTermKind.Person) { Explanation = "Hafendirektorin Fiona Hale sagte …" }, new KeyTerm("Nordlicht", 0.5, KeyTermKind.Name)],
        };
        store.Articles.SaveAnalyses([analysis]);

        AssertSame(analysis, Assert.Single(store.Articles.AnalysesOf([id])));

        // The same analysis as a store of the previous release kept it: Brotli-compressed JSON, format 1.
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=false"))
        {
            connection.Open();
            using var output = new MemoryStream();
            using (var brotli = new System.IO.Compression.BrotliStream(output, System.IO.Compression.CompressionLevel.Fastest))
            {
                System.Text.Json.JsonSerializer.Serialize(brotli, new
                {
                    analysis.Language,
                    Sentences = analysis.Sentences.Select(s => new { s.Text, s.Paragraph, s.Position, s.Terms }),
                    analysis.TermCounts,
                    analysis.TitleTerms,
                    analysis.Names,
                    analysis.Figures,
                    analysis.Entities,
                    analysis.Concepts,
                    analysis.KeyTerms,
                }, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
            }

            using var legacy = connection.CreateCommand();
            legacy.CommandText = "UPDATE article_analyses SET analysis = $a, format = 1";
            legacy.Parameters.AddWithValue("$a", output.ToArray());
            Assert.Equal(1, legacy.ExecuteNonQuery());
        }

        AssertSame(analysis, Assert.Single(store.Articles.AnalysesOf([id])));
    }

    private static void AssertSame(ArticleAnalysis expected, ArticleAnalysis actual)
    {
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Sentences.Select(s => (s.Text, s.Paragraph, s.Position, string.Join('|', s.Terms))), actual.Sentences.Select(s => (s.Text, s.Paragraph, s.Position, string.Join('|', s.Terms))));
        Assert.Equal(expected.TermCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal), actual.TermCounts.OrderBy(kv => kv.Key, StringComparer.Ordinal));
        Assert.Equal(expected.TitleTerms, actual.TitleTerms);
        Assert.Equal(expected.Names.Order(StringComparer.Ordinal), actual.Names.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Figures.Order(StringComparer.Ordinal), actual.Figures.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Entities.Order(StringComparer.Ordinal), actual.Entities.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Concepts.Order(StringComparer.Ordinal), actual.Concepts.Order(StringComparer.Ordinal));
        Assert.Equal(expected.KeyTerms, actual.KeyTerms);
        Assert.NotEmpty(actual.Sentences);
        Assert.NotEmpty(actual.Figures);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_new_store_gets_every_migration_once_and_sqlite_runs_in_wal_mode(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using (var store = db.Open())
        {
            Assert.Equal(Enumerable.Range(1, 14), store.AppliedMigrations);
            Assert.Equal(14, store.SchemaVersion);
            Assert.Equal(provider, store.Provider);
            Assert.Equal(provider == StoreProvider.Sqlite ? "wal" : "", store.JournalMode);
            Assert.Equal("ok", store.IntegrityCheck());
        }

        using var reopened = db.Open();
        Assert.Empty(reopened.AppliedMigrations);
        Assert.Equal(14, reopened.SchemaVersion);
    }

    [Fact]
    public void Workers_opening_a_new_postgres_database_together_apply_each_migration_once()
    {
        using var db = new TestStore(StoreProvider.Postgres);
        var opened = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ =>
        {
            using var store = db.Open();
            return store.AppliedMigrations;
        }).ToList();

        Assert.Single(opened, applied => applied.Count == 14);
        Assert.Equal(3, opened.Count(applied => applied.Count == 0));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Storing_the_same_article_twice_changes_nothing(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        var article = Article("https://x.example/a", "Brücke eröffnet", "Die Brücke ist offen.");

        var first = store.Articles.Upsert(article);
        var second = store.Articles.Upsert(article);

        Assert.Equal(UpsertOutcome.Inserted, first.Outcome);
        Assert.Equal(UpsertOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, store.Articles.Count());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void An_updated_article_becomes_a_new_version_not_a_duplicate(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        var (id, _) = store.Articles.Upsert(Article("https://x.example/a", "Brücke eröffnet", "Die Brücke ist offen."));

        var updated = store.Articles.Upsert(Article("https://x.example/a", "Brücke eröffnet", "Die Brücke ist offen.", "Update: Der Verkehr rollt."));

        Assert.Equal((id, UpsertOutcome.Updated), updated);
        Assert.Equal(1, store.Articles.Count());
        Assert.Equal(2, store.Articles.All().Single().Version);
        Assert.Equal(1, store.Articles.VersionCount(id));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Canonical_url_identifies_the_article_across_urls(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        var article = Article("https://x.example/a?utm=feed", "Titel", "Text.") with { CanonicalUrl = "https://x.example/a" };
        store.Articles.Upsert(article);
        store.Articles.Upsert(article with { Url = "https://x.example/a?utm=mail" });

        Assert.Equal(1, store.Articles.Count());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Full_text_search_finds_articles_ignoring_diacritics(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Articles.Upsert(Article("https://x.example/a", "Brücke eröffnet", "Die neue Brücke über die Selde ist offen."));
        store.Articles.Upsert(Article("https://x.example/b", "Konzert", "Das Orchester spielt."));

        Assert.Equal("https://x.example/a", Assert.Single(store.Articles.Search("brucke selde")).Url);
        Assert.Empty(store.Articles.Search("\" OR 1=1 --"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Subscriptions_are_unique_by_url(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();

        Assert.True(store.Sources.Add("https://x.example/feed", SourceKind.Feed).Added);
        Assert.False(store.Sources.Add("https://x.example/feed", SourceKind.Feed).Added);
        Assert.Single(store.Sources.All());
    }

    private static StoryBrief Brief(int n, string language, string tag) => new(
        $"s{n}",
        new BriefFrontMatter
        {
            Title = $"Story {n} about the harbour",
            Slug = $"story-{n}",
            Date = new DateOnly(2026, 1, 1).AddDays(n),
            Updated = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(n),
            Category = n % 2 == 0 ? "business" : "politics",
            Tags = [tag],
            Language = language,
            Publisher = "Test",
            Url = $"http://x/{n}",
        },
        [new BriefSection(BriefSectionKind.TlDr, [new BriefItem($"The harbour story number {n} happened.", [1])])],
        []);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Lists_are_filtered_paged_and_newest_first(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Briefs.Replace(Enumerable.Range(1, 35).Select(n => Brief(n, n <= 30 ? "en" : "de", n % 3 == 0 ? "ferry" : "port")).ToList());

        var first = store.Briefs.List(new BriefQuery { PageSize = 10 });
        var last = store.Briefs.List(new BriefQuery { PageSize = 10, Page = 4 });
        var german = store.Briefs.List(new BriefQuery { Language = "de" });
        var ferry = store.Briefs.List(new BriefQuery { Tag = "ferry", Category = "business" });

        Assert.Equal(35, first.Total);
        Assert.Equal(["story-35", "story-34"], first.Cards.Take(2).Select(c => c.Slug));
        Assert.Equal(5, last.Cards.Count);
        Assert.Equal(5, german.Total);
        Assert.All(ferry.Cards, c => Assert.Equal("business", c.Category));
        Assert.Equal(5, ferry.Total);
        Assert.Equal("The harbour story number 35 happened.", first.Cards[0].TlDr);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Search_ranks_within_the_newest_matches_and_marks_the_snippet(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Briefs.Replace(Enumerable.Range(1, BriefRepository.SearchWindow + 50).Select(n => Brief(n, "en", "port")).ToList());

        var hits = store.Briefs.Search("harbour", limit: 500);

        Assert.Equal(BriefRepository.SearchWindow, hits.Count);
        Assert.DoesNotContain(hits, h => h.Card.Slug == "story-1");
        Assert.Contains($"{SearchHit.MarkStart}harbour{SearchHit.MarkEnd}", hits[0].Snippet, StringComparison.Ordinal);
    }

    private static StoryBrief FloodBrief(string title = "Selde floods the Old Quay") => new(
        "flood",
        new BriefFrontMatter
        {
            Title = title,
            Slug = "2026-06-23-selde-floods",
            Date = new DateOnly(2026, 6, 23),
            Updated = new DateTimeOffset(2026, 6, 23, 9, 0, 0, TimeSpan.Zero),
            Category = "environment",
            Tags = ["relief-fund"],
            Language = "en",
            SourcesCount = 5,
            Publisher = "Test",
            Url = "http://x/flood",
        },
        [
            new BriefSection(BriefSectionKind.TlDr, [new BriefItem("The river overflowed and the water reached the harbour office.", [1])]),
            new BriefSection(BriefSectionKind.KeyTerms, [new BriefItem("Mayor", [1]) { Label = "Ruth Calloway", Kind = KeyTermKind.Person }]),
            new BriefSection(BriefSectionKind.RelatedTopics, [new BriefItem("Rovers lose the Coastal Cup final", []) { LinkSlug = "2026-06-26-cup-final", Label = "Port Avalen" }]),
            new BriefSection(BriefSectionKind.Sources, [new BriefItem("Football weekly", [1])]),
        ],
        [new BriefSource(1, "Football weekly", "Weekly", new DateTimeOffset(2026, 6, 23, 8, 0, 0, TimeSpan.Zero), "http://x/s1", "en")]);

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Search_reads_a_briefs_text_and_key_terms_but_not_its_front_matter_links_or_other_stories_titles(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        store.Briefs.Replace([FloodBrief()]);

        var hit = Assert.Single(store.Briefs.Search("harbour"));
        Assert.Single(store.Briefs.Search("Calloway"));
        Assert.Empty(store.Briefs.Search("Rovers"));          // a Related-topics link's title
        Assert.Empty(store.Briefs.Search("football"));        // a source's title
        Assert.Empty(store.Briefs.Search("sources_count"));   // front matter
        Assert.Empty(store.Briefs.Search("cup"));             // a link's slug
        Assert.DoesNotContain("tags:", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("](", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void A_match_in_the_headline_ranks_above_one_in_the_text(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        var inText = FloodBrief("Old Quay under water") with { StoryId = "a" };
        inText = inText with { FrontMatter = inText.FrontMatter with { Slug = "a" } };
        var inTitle = FloodBrief("Harbour office closes") with { StoryId = "b" };
        inTitle = inTitle with { FrontMatter = inTitle.FrontMatter with { Slug = "b" } };
        store.Briefs.Replace([inText, inTitle]);

        Assert.Equal(["b", "a"], store.Briefs.Search("harbour").Select(h => h.Card.Slug));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void Briefs_stored_before_search_read_their_text_get_it_when_the_store_is_opened(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using (var store = db.Open())
        {
            store.Briefs.Replace([FloodBrief()]);
        }

        // As migration 11 leaves a brief written by an earlier version: no search text yet.
        Assert.Equal(1, db.Execute("UPDATE briefs SET body = NULL"));
        using (var reader = NewsStore.OpenForReading(db.Location))
        {
            Assert.Empty(reader.Briefs.Search("harbour"));
        }

        using var reopened = db.Open();
        Assert.Single(reopened.Briefs.Search("harbour"));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public void The_scheduler_wakes_for_the_earliest_due_subscription(StoreProvider provider)
    {
        using var db = new TestStore(provider);
        using var store = db.Open();
        Assert.Null(store.Sources.NextDue());

        var early = new DateTimeOffset(2026, 6, 22, 8, 0, 0, TimeSpan.Zero);
        var (a, _) = store.Sources.Add("https://a.example/feed", SourceKind.Feed);
        var (b, _) = store.Sources.Add("https://b.example/feed", SourceKind.Feed);
        store.Sources.RecordFetch(a with { NextPollAt = early.AddHours(3) });
        store.Sources.RecordFetch(b with { NextPollAt = early });

        Assert.Equal(early, store.Sources.NextDue());
        Assert.Equal(1, store.Sources.DueCount(early.AddMinutes(1)));
        Assert.Equal([b.Url], store.Sources.ClaimDue(new WorkerClaim("w", early.AddMinutes(1), early.AddMinutes(6))).Select(s => s.Url));
    }
}
