using System.Globalization;
using Microsoft.Data.Sqlite;
using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Written briefs (Markdown and structured JSON), searchable through FTS5.</summary>
public sealed class BriefRepository(SqliteConnection connection)
{
    public void Replace(IReadOnlyList<StoryBrief> briefs)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM briefs", transaction);
        foreach (var brief in briefs)
        {
            var fm = brief.FrontMatter;
            connection.Execute("""
                INSERT INTO briefs (story_id, language, slug, title, date, category, featured, markdown, json, updated)
                VALUES ($s, $l, $slug, $t, $d, $c, $f, $md, $j, $u)
                """, transaction,
                ("$s", brief.StoryId), ("$l", fm.Language), ("$slug", fm.Slug), ("$t", fm.Title),
                ("$d", fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$c", fm.Category), ("$f", fm.Featured ? 1 : 0),
                ("$md", MarkdownBriefRenderer.Render(brief)), ("$j", JsonExport.Serialize(brief)), ("$u", fm.Updated.Iso()));
        }

        transaction.Commit();
    }

    /// <summary>Briefs newest first, optionally of one language.</summary>
    public IReadOnlyList<StoryBrief> List(string? language = null) =>
        connection.Query("SELECT json FROM briefs WHERE $l IS NULL OR language = $l ORDER BY date DESC, updated DESC, slug",
            r => JsonExport.Deserialize(r.GetString(0)), null, ("$l", language));

    public StoryBrief? Find(string language, string slug) =>
        connection.Query("SELECT json FROM briefs WHERE language = $l AND slug = $s", r => JsonExport.Deserialize(r.GetString(0)), null, ("$l", language), ("$s", slug)).FirstOrDefault();

    public string? Markdown(string language, string slug) =>
        connection.Scalar<string>("SELECT markdown FROM briefs WHERE language = $l AND slug = $s", null, ("$l", language), ("$s", slug));

    public IReadOnlyList<StoryBrief> Search(string query, int limit = 20) =>
        connection.Query("SELECT b.json FROM briefs_fts f JOIN briefs b ON b.id = f.rowid WHERE briefs_fts MATCH $q ORDER BY rank LIMIT $n",
            r => JsonExport.Deserialize(r.GetString(0)), null, ("$q", FtsQuery.Escape(query)), ("$n", limit));

    public int Count() => connection.Scalar<int>("SELECT COUNT(*) FROM briefs");
}
