using System.Globalization;
using Microsoft.Data.Sqlite;
using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Written briefs (Markdown and structured JSON) with their tags, listed by SQL and searchable through FTS5.</summary>
public sealed class BriefRepository(SqliteConnection connection)
{
    public void Replace(IReadOnlyList<StoryBrief> briefs)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM brief_tags; DELETE FROM briefs;", transaction);
        foreach (var brief in briefs)
        {
            var fm = brief.FrontMatter;
            connection.Execute("""
                INSERT INTO briefs (story_id, language, slug, title, date, category, featured, markdown, json, updated, thread_id)
                VALUES ($s, $l, $slug, $t, $d, $c, $f, $md, $j, $u, $th)
                """, transaction,
                ("$s", brief.StoryId), ("$l", fm.Language), ("$slug", fm.Slug), ("$t", fm.Title),
                ("$d", fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$c", fm.Category), ("$f", fm.Featured ? 1 : 0),
                ("$md", MarkdownBriefRenderer.Render(brief)), ("$j", JsonExport.Serialize(brief)), ("$u", fm.Updated.Iso()), ("$th", fm.Thread));
            var id = connection.Scalar<long>("SELECT last_insert_rowid()", transaction);
            foreach (var tag in fm.Tags.Distinct(StringComparer.Ordinal))
            {
                connection.Execute("INSERT INTO brief_tags (brief_id, tag) VALUES ($b, $t)", transaction, ("$b", id), ("$t", tag));
            }
        }

        transaction.Commit();
    }

    /// <summary>Briefs newest first, optionally of one language.</summary>
    public IReadOnlyList<StoryBrief> List(string? language = null) =>
        connection.Query("SELECT json FROM briefs WHERE $l IS NULL OR language = $l ORDER BY date DESC, updated DESC, slug",
            r => JsonExport.Deserialize(r.GetString(0)), null, ("$l", language));

    /// <summary>One page of briefs matching <paramref name="query"/>, newest first, and how many match in all.</summary>
    public (IReadOnlyList<StoryBrief> Briefs, int Total) List(BriefQuery query)
    {
        const string Where = """
            WHERE ($l IS NULL OR b.language = $l) AND ($c IS NULL OR b.category = $c) AND ($f = 0 OR b.featured = 1)
              AND ($d IS NULL OR b.date = $d)
              AND ($tag IS NULL OR EXISTS (SELECT 1 FROM brief_tags t WHERE t.brief_id = b.id AND t.tag = $tag))
            """;
        (string, object?)[] parameters =
        [
            ("$l", query.Language), ("$c", query.Category), ("$f", query.FeaturedOnly ? 1 : 0), ("$tag", query.Tag),
            ("$d", query.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$n", query.PageSize), ("$o", (Math.Max(1, query.Page) - 1) * query.PageSize),
        ];
        var total = connection.Scalar<int>($"SELECT COUNT(*) FROM briefs b {Where}", null, parameters);
        var briefs = connection.Query($"SELECT b.json FROM briefs b {Where} ORDER BY b.date DESC, b.updated DESC, b.slug LIMIT $n OFFSET $o",
            r => JsonExport.Deserialize(r.GetString(0)), null, parameters);
        return (briefs, total);
    }

    public StoryBrief? Find(string language, string slug) =>
        connection.Query("SELECT json FROM briefs WHERE language = $l AND slug = $s", r => JsonExport.Deserialize(r.GetString(0)), null, ("$l", language), ("$s", slug)).FirstOrDefault();

    /// <summary>The thread's briefs in time order (every language).</summary>
    public IReadOnlyList<StoryBrief> InThread(string threadId) =>
        connection.Query("SELECT json FROM briefs WHERE thread_id = $t ORDER BY date, language", r => JsonExport.Deserialize(r.GetString(0)), null, ("$t", threadId));

    /// <summary>Other briefs in the same language carrying the tag (the key-term popover's "also in").</summary>
    public IReadOnlyList<(string Slug, string Title)> Sharing(string tag, string language, string exceptSlug, int limit = 5) =>
        connection.Query("""
            SELECT b.slug, b.title FROM brief_tags t JOIN briefs b ON b.id = t.brief_id
            WHERE t.tag = $tag AND b.language = $l AND b.slug <> $s ORDER BY b.date DESC LIMIT $n
            """, r => (r.GetString(0), r.GetString(1)), null, ("$tag", tag), ("$l", language), ("$s", exceptSlug), ("$n", limit));

    /// <summary>Tags with how many briefs carry them, most used first.</summary>
    public IReadOnlyList<(string Tag, int Count)> Tags(int limit = 100) =>
        connection.Query("SELECT tag, COUNT(*) AS n FROM brief_tags GROUP BY tag ORDER BY n DESC, tag LIMIT $n", r => (r.GetString(0), r.GetInt32(1)), null, ("$n", limit));

    public IReadOnlyList<DateOnly> Dates() =>
        connection.Query("SELECT DISTINCT date FROM briefs ORDER BY date DESC", r => DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public string? Markdown(string language, string slug) =>
        connection.Scalar<string>("SELECT markdown FROM briefs WHERE language = $l AND slug = $s", null, ("$l", language), ("$s", slug));

    public IReadOnlyList<StoryBrief> Search(string query, int limit = 20) => SearchWithSnippets(query, limit).Select(h => h.Brief).ToList();

    public IReadOnlyList<SearchHit> SearchWithSnippets(string query, int limit = 20) =>
        connection.Query($"""
            SELECT b.json, snippet(briefs_fts, 1, char({(int)SearchHit.MarkStart}), char({(int)SearchHit.MarkEnd}), '…', 16)
            FROM briefs_fts f JOIN briefs b ON b.id = f.rowid WHERE briefs_fts MATCH $q ORDER BY rank LIMIT $n
            """, r => new SearchHit(JsonExport.Deserialize(r.GetString(0)), r.GetString(1)), null, ("$q", FtsQuery.Escape(query)), ("$n", limit));

    public int Count() => connection.Scalar<int>("SELECT COUNT(*) FROM briefs");
}
