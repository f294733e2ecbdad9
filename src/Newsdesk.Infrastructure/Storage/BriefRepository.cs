using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Written briefs (Markdown and structured JSON) with their tags, listed by SQL and searchable through FTS5.</summary>
public sealed class BriefRepository(DbConnection connection, SqlDialect dialect, BuildJournal journal)
{
    /// <summary>Replaces every brief (a full rebuild).</summary>
    public void Replace(IReadOnlyList<StoryBrief> briefs)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM brief_tags; DELETE FROM briefs;", transaction);
        Write(briefs.Select(b => (b, (string?)null)), transaction);
        MarkShown(briefs.Select(b => b.StoryId), transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Stores what a batch of the build decided, in one transaction (every other brief stays exactly as it is): the
    /// briefs written, each with the hash of the inputs it was written from (a new version recorded when a
    /// brief's version number rose, the current one refreshed otherwise), the briefs removed, the publish journal's
    /// entries for their stories (with where their briefs were shown before), and the considered stories' brief entries
    /// taken off the journal. A run killed before the commit owes the whole batch again; after it, only the publishing.
    /// </summary>
    public void Apply(BriefBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var (story, language) in batch.Removed)
        {
            connection.Execute("DELETE FROM briefs WHERE story_id = @s AND language = @l", transaction, ("@s", story), ("@l", language));
        }

        foreach (var (brief, _) in batch.Written)
        {
            RecordVersion(brief, transaction);
        }

        Write(batch.Written, transaction);
        var touched = batch.Written.Select(w => w.Brief.StoryId).Concat(batch.Removed.Select(r => r.StoryId)).Distinct(StringComparer.Ordinal).ToList();
        MarkShown(touched, transaction);
        var before = batch.Before.ToLookup(p => p.StoryId, StringComparer.Ordinal);
        foreach (var story in touched)
        {
            journal.Note(transaction, BuildJournal.Publish, [story], before[story].Any() ? string.Join('\n', before[story].Select(BriefPlace.Serialize)) : null);
        }

        journal.Done(transaction, BuildJournal.Brief, batch.Considered);
        transaction.Commit();
    }

    /// <summary>
    /// A brief whose version rose gets a row of its own (what it added: its "What's new"; what it dropped: the previous
    /// version's sentences it no longer states); one written again at the same version refreshes that row. The Markdown
    /// of each version is kept Brotli-compressed.
    /// </summary>
    private void RecordVersion(StoryBrief brief, DbTransaction transaction)
    {
        // The newest article the version was written from: the story's articles are stored before its briefs.
        var through = connection.Scalar<long?>("SELECT MAX(article_id) FROM story_articles WHERE story_id = @s", transaction, ("@s", brief.StoryId)) ?? 0;
        var fm = brief.FrontMatter;
        var markdown = BriefVersions.Compress(MarkdownBriefRenderer.Render(brief));
        var tldr = brief.Section(BriefSectionKind.TlDr)?.Items.FirstOrDefault()?.Text;
        var stored = connection.Scalar<long?>("SELECT MAX(version) FROM brief_versions WHERE story_id = @s AND language = @l", transaction, ("@s", brief.StoryId), ("@l", fm.Language));
        if (stored is { } current && current >= fm.Version)
        {
            connection.Execute("""
                UPDATE brief_versions SET at = @at, title = @t, tldr = @tldr, sources_count = @n, markdown = @md
                WHERE story_id = @s AND language = @l AND version = @v
                """, transaction, ("@at", fm.Updated.Iso()), ("@t", fm.Title), ("@tldr", tldr), ("@n", fm.SourcesCount), ("@md", markdown),
                ("@s", brief.StoryId), ("@l", fm.Language), ("@v", current));
            return;
        }

        var previous = connection.Query("SELECT json FROM briefs WHERE story_id = @s AND language = @l", r => JsonExport.Deserialize(r.GetString(0)), transaction, ("@s", brief.StoryId), ("@l", fm.Language)).FirstOrDefault();
        var (added, dropped) = BriefChanges.Between(previous, brief);
        connection.Execute("""
            INSERT INTO brief_versions (story_id, language, version, at, title, tldr, through_article, sources_count, added, dropped, markdown)
            VALUES (@s, @l, @v, @at, @t, @tldr, @through, @n, @added, @dropped, @md)
            ON CONFLICT (story_id, language, version) DO NOTHING
            """, transaction, ("@s", brief.StoryId), ("@l", fm.Language), ("@v", fm.Version), ("@at", fm.Updated.Iso()), ("@t", fm.Title), ("@tldr", tldr),
            ("@through", through), ("@n", fm.SourcesCount), ("@added", JsonSerializer.Serialize(added)), ("@dropped", JsonSerializer.Serialize(dropped)), ("@md", markdown));
    }

    /// <summary>The version each stored brief of these stories is at, the newest article it was written from, and that of
    /// the version before it: what the next brief of the story follows.</summary>
    public Dictionary<(string StoryId, string Language), PreviousVersion> Versions(IEnumerable<string> storyIds) =>
        connection.QueryIn("SELECT story_id, language, version, through_article FROM brief_versions WHERE story_id IN ({keys})", storyIds,
                r => (Story: r.GetString(0), Language: r.GetString(1), Version: r.Int(2), Through: r.Long(3)))
            .GroupBy(x => (x.Story, x.Language))
            .ToDictionary(g => g.Key, g =>
            {
                var newest = g.OrderByDescending(x => x.Version).Take(2).ToList();
                return new PreviousVersion(newest[0].Version, newest[0].Through, newest.Count > 1 ? newest[1].Through : null);
            });

    /// <summary>Every version of a story's brief in one language, oldest first, without their text.</summary>
    public IReadOnlyList<BriefVersion> History(string storyId, string language) =>
        connection.Query("SELECT version, at, title, tldr, sources_count, added, dropped FROM brief_versions WHERE story_id = @s AND language = @l ORDER BY version",
            r => new BriefVersion(r.Int(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), r.GetString(2), r.StringOrNull(3), r.Int(4),
                JsonSerializer.Deserialize<List<string>>(r.GetString(5)) ?? [], JsonSerializer.Deserialize<List<string>>(r.GetString(6)) ?? []),
            null, ("@s", storyId), ("@l", language));

    /// <summary>One version's Markdown as it was published, or null.</summary>
    public string? VersionMarkdown(string storyId, string language, int version) =>
        connection.Query("SELECT markdown FROM brief_versions WHERE story_id = @s AND language = @l AND version = @v",
            r => BriefVersions.Decompress((byte[])r.GetValue(0)), null, ("@s", storyId), ("@l", language), ("@v", version)).FirstOrDefault();

    /// <summary>
    /// Which of a story's briefs each language's lists show (columns in_en, in_de): the brief in that language, else
    /// the story's other brief — so a list shows every story once, in the reader's language where it can.
    /// </summary>
    private void MarkShown(IEnumerable<string> storyIds, DbTransaction transaction)
    {
        foreach (var story in storyIds.Distinct(StringComparer.Ordinal))
        {
            connection.Execute("""
                UPDATE briefs SET
                    in_en = CASE WHEN language = 'en' OR NOT EXISTS (SELECT 1 FROM briefs o WHERE o.story_id = @s AND o.language = 'en') THEN 1 ELSE 0 END,
                    in_de = CASE WHEN language = 'de' OR NOT EXISTS (SELECT 1 FROM briefs o WHERE o.story_id = @s AND o.language = 'de') THEN 1 ELSE 0 END
                WHERE story_id = @s
                """, transaction, ("@s", story));
        }
    }

    /// <summary>How stored briefs of these stories are linked to (slug, title, date), for timelines of stories this run does not plan.</summary>
    public List<(string StoryId, string Language, string Slug, string Title, DateOnly Date)> LinksOf(IEnumerable<string> storyIds) =>
        connection.QueryIn("SELECT story_id, language, slug, title, date FROM briefs WHERE story_id IN ({keys})", storyIds,
            r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>Every brief, a page of <paramref name="pageSize"/> at a time, so an export of a large archive never holds it all.</summary>
    public IEnumerable<StoryBrief> Each(int pageSize = 500)
    {
        for (long after = 0; ;)
        {
            var page = connection.Query("SELECT id, json FROM briefs WHERE id > @after ORDER BY id LIMIT @n",
                r => (Id: r.GetInt64(0), Brief: JsonExport.Deserialize(r.GetString(1))), null, ("@after", after), ("@n", pageSize));
            foreach (var (_, brief) in page)
            {
                yield return brief;
            }

            if (page.Count < pageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    /// <summary>Briefs of stories that no longer exist (after a rebuild regrouped their articles), with where they were shown.</summary>
    public List<BriefPlace> Orphans() => Places(connection.Query("SELECT DISTINCT story_id FROM briefs WHERE story_id NOT IN (SELECT id FROM stories)", r => r.GetString(0)));

    /// <summary>Makes the next build write again the briefs dated on or after <paramref name="since"/> (all when null).</summary>
    public int ForgetInputs(DateOnly? since) =>
        since is null
            ? connection.Execute("UPDATE briefs SET input_hash = NULL")
            : connection.Execute("UPDATE briefs SET input_hash = NULL WHERE date >= @since", null, ("@since", since.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    /// <summary>True when a brief in <paramref name="language"/> already has <paramref name="slug"/>.</summary>
    public bool SlugTaken(string language, string slug) =>
        connection.Scalar<long>("SELECT COUNT(*) FROM briefs WHERE language = @l AND slug = @s", null, ("@l", language), ("@s", slug)) > 0;

    /// <summary>Stored slug and input hash of the briefs of these stories, by story and language.</summary>
    public Dictionary<(string StoryId, string Language), (string Slug, string? InputHash)> IndexOf(IEnumerable<string> storyIds) =>
        connection.QueryIn("SELECT story_id, language, slug, input_hash FROM briefs WHERE story_id IN ({keys})", storyIds,
            r => (Key: (r.GetString(0), r.GetString(1)), Value: (r.GetString(2), r.StringOrNull(3)))).ToDictionary(x => x.Key, x => x.Value);

    /// <summary>Where the stored briefs of these stories appear (slug, category, day, thread, tags): the pages to refresh
    /// when they change or go.</summary>
    public List<BriefPlace> Places(IEnumerable<string> storyIds) => connection.QueryIn($"{PlaceColumns} WHERE b.story_id IN ({{keys}})", storyIds, MapPlace);

    /// <summary>Where every stored brief is shown (slug, category, day, thread, tags), without reading the briefs themselves.</summary>
    public List<BriefPlace> AllPlaces() => connection.Query($"{PlaceColumns} ORDER BY b.id", MapPlace);

    private string PlaceColumns =>
        $"SELECT b.story_id, b.language, b.slug, b.category, b.date, b.thread_id, {dialect.TagList("b.id")} FROM briefs b";

    private static BriefPlace MapPlace(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3),
        DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.StringOrNull(5), r.IsDBNull(6) ? [] : r.GetString(6).Split('\u001f'));

    private void Write(IEnumerable<(StoryBrief Brief, string? InputHash)> briefs, DbTransaction transaction)
    {
        // Oldest first, so row ids follow time: search ranks among the newest matches by a row-id bound.
        foreach (var (brief, inputHash) in briefs.OrderBy(b => b.Brief.FrontMatter.Date).ThenBy(b => b.Brief.FrontMatter.Updated).ThenBy(b => b.Brief.FrontMatter.Slug, StringComparer.Ordinal))
        {
            var fm = brief.FrontMatter;
            var card = BriefCard.From(brief);
            var date = fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var id = connection.Scalar<long>("""
                INSERT INTO briefs (story_id, language, slug, title, date, category, featured, markdown, json, updated, thread_id, sources_count, importance, tldr, input_hash, body)
                VALUES (@s, @l, @slug, @t, @d, @c, @f, @md, @j, @u, @th, @n, @i, @tldr, @h, @body)
                ON CONFLICT (story_id, language) DO UPDATE SET slug = excluded.slug, title = excluded.title, date = excluded.date,
                    category = excluded.category, featured = excluded.featured, markdown = excluded.markdown, json = excluded.json, body = excluded.body,
                    updated = excluded.updated, thread_id = excluded.thread_id, sources_count = excluded.sources_count,
                    importance = excluded.importance, tldr = excluded.tldr, input_hash = excluded.input_hash
                RETURNING id
                """, transaction,
                ("@s", brief.StoryId), ("@l", fm.Language), ("@slug", fm.Slug), ("@t", fm.Title),
                ("@d", date), ("@c", fm.Category), ("@f", fm.Featured ? 1 : 0),
                ("@md", MarkdownBriefRenderer.Render(brief)), ("@j", JsonExport.Serialize(brief)), ("@u", fm.Updated.Iso()), ("@th", fm.Thread),
                ("@n", card.SourcesCount), ("@i", card.Importance), ("@tldr", card.TlDr), ("@h", inputHash), ("@body", BriefSearchText.Of(brief)));
            connection.Execute("DELETE FROM brief_tags WHERE brief_id = @b", transaction, ("@b", id));
            foreach (var tag in fm.Tags.Distinct(StringComparer.Ordinal))
            {
                connection.Execute("INSERT INTO brief_tags (brief_id, tag, language, date) VALUES (@b, @t, @l, @d)", transaction,
                    ("@b", id), ("@t", tag), ("@l", fm.Language), ("@d", date));
            }
        }
    }

    /// <summary>
    /// Gives briefs stored before search indexed readable text (migration 11) their search text, a batch per
    /// transaction; a killed run leaves the rest for the next open. Returns how many it filled.
    /// </summary>
    public int FillSearchText(int batch = 500)
    {
        var filled = 0;
        while (true)
        {
            var rows = connection.Query("SELECT id, json FROM briefs WHERE body IS NULL LIMIT @n", r => (Id: r.GetInt64(0), Json: r.GetString(1)), null, ("@n", batch));
            if (rows.Count == 0)
            {
                return filled;
            }

            using var transaction = connection.BeginTransaction();
            foreach (var (id, json) in rows)
            {
                connection.Execute("UPDATE briefs SET body = @b WHERE id = @id", transaction, ("@b", BriefSearchText.Of(JsonExport.Deserialize(json))), ("@id", id));
            }

            transaction.Commit();
            filled += rows.Count;
        }
    }

    /// <summary>Briefs newest first, optionally of one language.</summary>
    public IReadOnlyList<StoryBrief> List(string? language = null) =>
        connection.Query($"SELECT json FROM briefs{(language is null ? "" : " WHERE language = @l")} ORDER BY date DESC, updated DESC, slug",
            r => JsonExport.Deserialize(r.GetString(0)), null, ("@l", language));

    /// <summary>One page of briefs matching <paramref name="query"/>, newest first, and how many match in all.</summary>
    /// <remarks>Only the filters in use go into the SQL, so each list is served by its own index, not a scan.</remarks>
    public (IReadOnlyList<BriefCard> Cards, int Total) List(BriefQuery query)
    {
        var (where, values) = Where(query);
        var total = connection.Scalar<int>($"SELECT COUNT(*) FROM {From(query)} {where}", null, values);
        var cards = connection.Query($"SELECT {CardColumns} FROM {From(query)} {where} ORDER BY b.date DESC, b.updated DESC, b.slug LIMIT @n OFFSET @o",
            Card, null, values);
        return (cards, total);
    }

    /// <summary>One page of whole briefs matching <paramref name="query"/>, newest first, and how many match in all (the API's list).</summary>
    public (IReadOnlyList<StoryBrief> Briefs, int Total) Page(BriefQuery query)
    {
        var (where, values) = Where(query);
        var total = connection.Scalar<int>($"SELECT COUNT(*) FROM {From(query)} {where}", null, values);
        var briefs = connection.Query($"SELECT b.json FROM {From(query)} {where} ORDER BY b.date DESC, b.updated DESC, b.slug LIMIT @n OFFSET @o",
            r => JsonExport.Deserialize(r.GetString(0)), null, values);
        return (briefs, total);
    }

    /// <summary>A story's brief in the language asked for, else in another.</summary>
    public StoryBrief? OfStory(string storyId, string? language) =>
        connection.Query("SELECT json FROM briefs WHERE story_id = @s ORDER BY language = @l DESC, language LIMIT 1",
            r => JsonExport.Deserialize(r.GetString(0)), null, ("@s", storyId), ("@l", language ?? "en")).FirstOrDefault();

    /// <summary>A tag's list starts from the tag's rows (SQLite's CROSS JOIN fixes that order): a tag has few briefs,
    /// and any index on briefs would walk all of them in date order to find those few.</summary>
    private string From(BriefQuery query) =>
        query.Tag is null ? "briefs b" : $"brief_tags t {dialect.OrderedJoin} briefs b ON b.id = t.brief_id";

    private static (string Where, (string, object?)[] Values) Where(BriefQuery query)
    {
        var conditions = new List<string>();
        var parameters = new List<(string, object?)>
        {
            ("@n", query.PageSize), ("@o", (Math.Max(1, query.Page) - 1) * query.PageSize),
        };
        void Filter(string condition, string name, object? value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }

        if (query.Language is not null)
        {
            Filter("b.language = @l", "@l", query.Language);
        }

        if (query.Category is not null)
        {
            Filter("b.category = @c", "@c", query.Category);
        }

        if (query.FeaturedOnly)
        {
            Filter("b.featured = @f", "@f", 1);
        }

        if (query.Date is { } date)
        {
            Filter("b.date = @d", "@d", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.ShownIn is { } shownIn)
        {
            // A constant column name per language, so each list has its own index — used only for a list filtered by
            // nothing else. Beside a tag, category, day or date, the "+" keeps SQLite from walking every brief of the
            // language in date order to find a tag's few (at 100,000 articles that made a publish three times slower).
            var narrowed = query.Tag is not null || query.Category is not null || query.Date is not null || query.Since is not null || query.FeaturedOnly;
            conditions.Add((narrowed ? "+" : "") + (shownIn == "de" ? "b.in_de = 1" : "b.in_en = 1"));
        }

        if (query.Since is { } since)
        {
            Filter("b.date >= @since", "@since", since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.Tag is not null)
        {
            Filter("t.tag = @tag", "@tag", query.Tag); // see From
        }

        return (conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions), parameters.ToArray());
    }

    /// <summary>The newest whole briefs (for the feeds), optionally of one category.</summary>
    /// <remarks>Two statements, not one with "@c IS NULL OR category = @c": that form cannot use an index, and read every
    /// brief's JSON to sort them (1.6 s a publish at 20,000 articles).</remarks>
    public IReadOnlyList<StoryBrief> Newest(string? category, int limit) => category is null
        ? connection.Query("SELECT json FROM briefs ORDER BY date DESC, updated DESC, slug LIMIT @n", r => JsonExport.Deserialize(r.GetString(0)), null, ("@n", limit))
        : connection.Query("SELECT json FROM briefs WHERE category = @c ORDER BY date DESC, updated DESC, slug LIMIT @n",
            r => JsonExport.Deserialize(r.GetString(0)), null, ("@c", category), ("@n", limit));

    /// <summary>One day's briefs in one language, as the featured mark is decided among them.</summary>
    public List<(string StoryId, string Slug, double Importance, bool Featured, DateTimeOffset Updated, string? InputHash)> OfDay(string language, DateOnly date) =>
        connection.Query("SELECT story_id, slug, importance, featured, updated, input_hash FROM briefs WHERE language = @l AND date = @d",
            r => (r.GetString(0), r.GetString(1), r.GetDouble(2), r.Int(3) == 1, DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture), r.StringOrNull(5)),
            null, ("@l", language), ("@d", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

    public StoryBrief? Find(string language, string slug) =>
        connection.Query("SELECT json FROM briefs WHERE language = @l AND slug = @s", r => JsonExport.Deserialize(r.GetString(0)), null, ("@l", language), ("@s", slug)).FirstOrDefault();

    /// <summary>The thread's briefs in time order (every language).</summary>
    /// <remarks>Read from the columns, not the briefs' JSON: a thread of hundreds of stories is listed in milliseconds.</remarks>
    public IReadOnlyList<ThreadEntry> InThread(string threadId) =>
        connection.Query("SELECT story_id, language, slug, title, date, tldr FROM briefs WHERE thread_id = @t ORDER BY date, updated, language",
            r => new ThreadEntry(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), DateOnly.ParseExact(r.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture), r.StringOrNull(5)),
            null, ("@t", threadId));

    /// <summary>Other briefs in the same language carrying the tag (the key-term popover's "also in").</summary>
    public IReadOnlyList<(string Slug, string Title)> Sharing(string tag, string language, string exceptSlug, int limit = 5) =>
        connection.Query("""
            SELECT b.slug, b.title FROM brief_tags t JOIN briefs b ON b.id = t.brief_id
            WHERE t.tag = @tag AND t.language = @l AND b.slug <> @s ORDER BY t.date DESC LIMIT @n
            """, r => (r.GetString(0), r.GetString(1)), null, ("@tag", tag), ("@l", language), ("@s", exceptSlug), ("@n", limit));

    /// <summary>Tags with how many briefs carry them, most used first.</summary>
    public IReadOnlyList<(string Tag, int Count)> Tags(int limit = 100) =>
        connection.Query("SELECT tag, COUNT(*) AS n FROM brief_tags GROUP BY tag ORDER BY n DESC, tag LIMIT @n", r => (r.GetString(0), r.Int(1)), null, ("@n", limit));

    public IReadOnlyList<DateOnly> Dates() =>
        connection.Query("SELECT DISTINCT date FROM briefs ORDER BY date DESC", r => DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Full-text search: the best <paramref name="limit"/> among the newest <see cref="SearchWindow"/> matches
    /// (see each engine's <see cref="SqlDialect.BriefSearch"/>).</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) => SearchWords.Of(query) is { Length: > 0 } words
        ? connection.Query(dialect.BriefSearch(CardColumns, SearchWindow), r => new SearchHit(Card(r), r.GetString(10)), null,
            ("@q", dialect.SearchQuery(words)), ("@n", limit))
        : [];

    public const int SearchWindow = 200;

    private const string CardColumns = "b.language, b.slug, b.title, b.date, b.category, b.featured, b.sources_count, b.importance, b.tldr, b.updated";

    private static BriefCard Card(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), DateOnly.ParseExact(r.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture),
        r.GetString(4), r.Int(5) == 1, r.Int(6), r.GetDouble(7), r.StringOrNull(8)) { Updated = r.DateOrNull(9) };

    public int Count() => connection.Scalar<int>("SELECT COUNT(*) FROM briefs");
}
