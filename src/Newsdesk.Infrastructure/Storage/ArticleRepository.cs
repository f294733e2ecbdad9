using Newsdesk.Core.Brief;
using Newsdesk.Core.Ingest;
using System.Data.Common;
using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>
/// Articles keyed by canonical URL. Storing the same content again changes nothing; changed content becomes
/// the next version (the previous one kept in article_versions), never a second article.
/// </summary>
public sealed class ArticleRepository(DbConnection connection, SqlDialect dialect)
{
    private const string Columns = "id, url, canonical_url, source_id, title, byline, published, language, site_name, text, content_hash, version";

    /// <param name="article">The extracted article.</param>
    /// <param name="pendingItemId">The queued page it came from, which leaves the queue in the same transaction.</param>
    public (long Id, UpsertOutcome Outcome) Upsert(Article article, long? pendingItemId = null) => UpsertMany([(article, pendingItemId)])[0];

    /// <summary>
    /// Stores fetched articles in one transaction, each taking its page off the queue in that same transaction: a
    /// killed process stores none twice and loses none (what was not committed is still queued, and fetched again).
    /// One commit for many pages, not one each: committing dominated storing an article (a third of a local ingest).
    /// </summary>
    public List<(long Id, UpsertOutcome Outcome)> UpsertMany(IReadOnlyList<(Article Article, long? PendingItemId)> articles)
    {
        using var transaction = connection.BeginTransaction();
        var outcomes = articles.Select(a => UpsertIn(transaction, a.Article, a.PendingItemId)).ToList();
        transaction.Commit();
        return outcomes;
    }

    private (long Id, UpsertOutcome Outcome) UpsertIn(DbTransaction transaction, Article article, long? pendingItemId)
    {
        // Addresses are kept (and so published) without the credentials a link may carry.
        article = article with { Url = Addresses.WithoutCredentials(article.Url), CanonicalUrl = Addresses.WithoutCredentialsOrNull(article.CanonicalUrl) };
        if (pendingItemId is { } pending)
        {
            connection.Execute("DELETE FROM pending_items WHERE id = @id", transaction, ("@id", pending));
        }

        var existing = connection.Query("SELECT id, content_hash, version, title, text, updated_at FROM articles WHERE key = @k",
            r => (Id: r.GetInt64(0), Hash: r.GetString(1), Version: r.GetInt32(2), Title: r.GetString(3), Text: r.GetString(4), At: r.GetString(5)),
            transaction, ("@k", article.Key)).FirstOrDefault();
        var now = DateTimeOffset.UtcNow.Iso();
        if (existing.Id != 0 && existing.Hash == article.ContentHash)
        {
            return (existing.Id, UpsertOutcome.Unchanged);
        }

        (string, object?)[] values =
        [
            ("@key", article.Key), ("@url", article.Url), ("@canonical", article.CanonicalUrl), ("@source", article.SourceId),
            ("@title", article.Title), ("@byline", article.Byline), ("@published", article.Published.Iso()), ("@language", article.Language),
            ("@site", article.SiteName), ("@text", article.Text), ("@hash", article.ContentHash), ("@now", now),
        ];
        long id;
        UpsertOutcome outcome;
        if (existing.Id == 0)
        {
            id = connection.Scalar<long>("""
                INSERT INTO articles (key, url, canonical_url, source_id, title, byline, published, language, site_name, text, content_hash, version, fetched_at, updated_at)
                VALUES (@key, @url, @canonical, @source, @title, @byline, COALESCE(@published, @now), @language, @site, @text, @hash, 1, @now, @now)
                RETURNING id
                """, transaction, values);
            outcome = UpsertOutcome.Inserted;
        }
        else
        {
            connection.Execute("INSERT INTO article_versions (article_id, version, title, text, content_hash, fetched_at) VALUES (@id, @v, @t, @x, @h, @at)", transaction,
                ("@id", existing.Id), ("@v", existing.Version), ("@t", existing.Title), ("@x", existing.Text), ("@h", existing.Hash), ("@at", existing.At));
            connection.Execute("""
                UPDATE articles SET url = @url, canonical_url = @canonical, title = @title, byline = @byline, published = COALESCE(@published, published),
                    language = @language, site_name = @site, text = @text, content_hash = @hash, version = version + 1, updated_at = @now
                WHERE key = @key
                """, transaction, values);
            id = existing.Id;
            outcome = UpsertOutcome.Updated;
        }

        return (id, outcome);
    }

    public int Count() => connection.Scalar<int>("SELECT COUNT(*) FROM articles");

    public int VersionCount(long id) => connection.Scalar<int>("SELECT COUNT(*) FROM article_versions WHERE article_id = @id", null, ("@id", id));

    public IReadOnlyList<Article> All() => connection.Query($"SELECT {Columns} FROM articles ORDER BY id", Map);

    /// <summary>The stored articles at these addresses.</summary>
    public List<Article> ByUrls(IEnumerable<string> urls) => connection.QueryIn($"SELECT {Columns} FROM articles WHERE url IN ({{keys}})", urls, Map);

    /// <summary>Articles whose current version has no stored analysis yet: new, or changed since they were analysed.</summary>
    /// <remarks>The ids are found on indexes alone (articles' version, analyses' version), then only those rows are read:
    /// a scan of the articles themselves would read every stored text on every run.</remarks>
    public IReadOnlyList<Article> Unanalysed(int limit = int.MaxValue) => connection.Query(
        $"SELECT {Columns} FROM articles WHERE id IN ({UnanalysedIds} ORDER BY a.id LIMIT @n) ORDER BY id", Map, null, ("@n", limit));

    /// <summary>How many articles wait for their analysis.</summary>
    public int UnanalysedCount() => connection.Scalar<int>($"SELECT COUNT(*) FROM ({UnanalysedIds}) AS u");

    private string UnanalysedIds =>
        $"SELECT a.id FROM articles a{dialect.IndexedBy("articles_version")} LEFT JOIN article_analyses x{dialect.IndexedBy("article_analyses_version")} ON x.article_id = a.id WHERE x.article_id IS NULL OR x.version <> a.version";

    /// <summary>Keeps each article's analysis for its current version (one transaction for the batch).</summary>
    public void SaveAnalyses(IEnumerable<ArticleAnalysis> analyses)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var analysis in analyses)
        {
            connection.Execute("INSERT INTO article_analyses (article_id, version, analysis, format) VALUES (@id, @v, @a, @f) ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, analysis = excluded.analysis, format = excluded.format", transaction,
                ("@id", analysis.Article.Id), ("@v", analysis.Article.Version), ("@a", AnalysisCodec.Encode(analysis)), ("@f", AnalysisCodec.Current));
        }

        transaction.Commit();
    }

    /// <summary>Analysed articles that no story holds yet (new, or left by a build that was stopped).</summary>
    /// <remarks>Oldest first (by publication date), at most <paramref name="limit"/>: a large backlog is placed in chunks.</remarks>
    public IReadOnlyList<ArticleAnalysis> Unplaced(int limit = int.MaxValue) => connection.Query(
        $"SELECT {Prefixed("a")}, x.analysis, x.format FROM articles a JOIN article_analyses x ON x.article_id = a.id AND x.version = a.version WHERE a.id IN ({UnplacedIds} ORDER BY a.published, a.url, a.id LIMIT @n) ORDER BY a.published, a.url, a.id",
        r => AnalysisCodec.Decode((byte[])r.GetValue(12), r.Int(13), Map(r)), null, ("@n", limit));

    /// <summary>How many analysed articles no story holds yet.</summary>
    public int UnplacedCount() => connection.Scalar<int>($"SELECT COUNT(*) FROM ({UnplacedIds}) AS u");

    private string UnplacedIds => $"""
        SELECT a.id FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id)
          AND EXISTS (SELECT 1 FROM article_analyses x{dialect.IndexedBy("article_analyses_version")} WHERE x.article_id = a.id AND x.version = a.version)
        """;

    /// <summary>When, where and in which language each of these articles was published: what a bounded brief chooses its
    /// reports by, read without their text.</summary>
    public Dictionary<long, SourceSelection.Report> Reports(IEnumerable<long> ids) => connection.QueryIn(
        "SELECT id, url, site_name, language, published FROM articles WHERE id IN ({keys})", ids,
        r => new SourceSelection.Report(r.GetInt64(0), r.GetString(1), r.StringOrNull(2), r.GetString(3), r.DateOrNull(4))).ToDictionary(r => r.Id);

    /// <summary>These articles without their text (title, outlet, date, address, language), for a story's sources page.</summary>
    public List<Article> Listing(IEnumerable<long> ids) => connection.QueryIn(
        "SELECT id, url, title, site_name, language, published FROM articles WHERE id IN ({keys})", ids,
        r => new Article { Id = r.GetInt64(0), Url = r.GetString(1), Title = r.GetString(2), SiteName = r.StringOrNull(3), Language = r.GetString(4), Published = r.DateOrNull(5) });

    /// <summary>The stored analyses of these articles.</summary>
    public List<ArticleAnalysis> AnalysesOf(IEnumerable<long> ids) => connection.QueryIn(
        $"SELECT {Prefixed("a")}, x.analysis, x.format FROM articles a JOIN article_analyses x ON x.article_id = a.id AND x.version = a.version WHERE a.id IN ({{keys}})",
        ids, r => AnalysisCodec.Decode((byte[])r.GetValue(12), r.Int(13), Map(r)));

    /// <summary>The newest publication date among articles already in stories: where the stream stands.</summary>
    public DateTimeOffset? NewestPlaced() => connection.Query(
        "SELECT a.published FROM articles a WHERE EXISTS (SELECT 1 FROM story_articles sa WHERE sa.article_id = a.id) ORDER BY a.published DESC LIMIT 1",
        r => r.DateOrNull(0)).FirstOrDefault();

    /// <summary>Forgets stored analyses (of articles published since <paramref name="since"/>, or all), so the next build redoes them.</summary>
    public int ForgetAnalyses(DateTimeOffset? since) => since is null
        ? connection.Execute("DELETE FROM article_analyses")
        : connection.Execute("DELETE FROM article_analyses WHERE article_id IN (SELECT id FROM articles WHERE published >= @since)", null, ("@since", since.Iso()));

    private static string Prefixed(string alias) => string.Join(", ", Columns.Split(", ").Select(c => alias + "." + c));

    public IReadOnlyList<Article> Search(string query, int limit = 20) => SearchWords.Of(query) is { Length: > 0 } words
        ? connection.Query(dialect.ArticleSearch(Prefixed("a")), Map, null, ("@q", dialect.SearchQuery(words)), ("@n", limit))
        : [];

    private static Article Map(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Url = r.GetString(1),
        CanonicalUrl = r.StringOrNull(2),
        SourceId = r.IsDBNull(3) ? null : r.GetInt64(3),
        Title = r.GetString(4),
        Byline = r.StringOrNull(5),
        Published = r.DateOrNull(6),
        Language = r.GetString(7),
        SiteName = r.StringOrNull(8),
        Paragraphs = r.GetString(9).Split("\n\n"),
        ContentHash = r.GetString(10),
        Version = r.GetInt32(11),
    };
}
