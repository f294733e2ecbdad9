using System.Data.Common;
using System.Text.Json;
using Newsdesk.Core.Cluster;
using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Stories and threads: new and grown ones written by each build, the open ones read back by the next.</summary>
public sealed class StoryRepository(DbConnection connection, BuildJournal journal)
{
    /// <summary>
    /// Writes a placement in one transaction: the new and grown stories (their new articles added; every other story
    /// left as it is), the threads that changed (with what the linker needs to extend them later), and a journal entry
    /// for each story whose briefs it makes due (<paramref name="briefsOwed"/>), so a run killed before the briefs are
    /// written leaves them owed, not forgotten.
    /// </summary>
    public void Save(IReadOnlyList<Story> stories, IEnumerable<OpenThread> threads, IEnumerable<string> briefsOwed)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var story in stories)
        {
            connection.Execute("""
                INSERT INTO stories (id, thread_id, first_published, updated, key_terms) VALUES (@id, @t, @f, @u, @k)
                ON CONFLICT (id) DO UPDATE SET thread_id = excluded.thread_id, first_published = excluded.first_published, updated = excluded.updated, key_terms = excluded.key_terms
                """, transaction,
                ("@id", story.Id), ("@t", story.ThreadId), ("@f", story.FirstPublished.Iso()), ("@u", story.Updated.Iso()),
                ("@k", JsonSerializer.Serialize(story.KeyTerms, JsonExport.Options)));
            foreach (var articleId in story.ArticleIds)
            {
                connection.Execute("INSERT INTO story_articles (story_id, article_id) VALUES (@s, @a) ON CONFLICT DO NOTHING", transaction, ("@s", story.Id), ("@a", articleId));
            }
        }

        foreach (var thread in threads)
        {
            connection.Execute("""
                INSERT INTO threads (id, story_ids, signature, languages, last_story_at) VALUES (@id, @s, @sig, @l, @at)
                ON CONFLICT (id) DO UPDATE SET story_ids = excluded.story_ids, signature = excluded.signature, languages = excluded.languages, last_story_at = excluded.last_story_at
                """, transaction,
                ("@id", thread.Id), ("@s", JsonSerializer.Serialize(thread.StoryIds)), ("@sig", JsonSerializer.Serialize(thread.Signature)),
                ("@l", JsonSerializer.Serialize(thread.Languages)), ("@at", thread.LastStoryAt.Iso()));
        }

        journal.Note(transaction, BuildJournal.Brief, briefsOwed);
        transaction.Commit();
    }

    /// <summary>True when the stored threads lack what an incremental build needs (a store from before it, or none yet).</summary>
    public bool NeedsFullBuild() =>
        connection.Scalar<long>("SELECT COUNT(*) FROM stories") == 0 || connection.Scalar<long>("SELECT COUNT(*) FROM threads WHERE signature IS NULL") > 0;

    /// <summary>The stories whose newest article is at or after <paramref name="since"/>, with their articles.</summary>
    public Dictionary<string, List<long>> OpenStories(DateTimeOffset since) =>
        connection.Query("SELECT sa.story_id, sa.article_id FROM stories s JOIN story_articles sa ON sa.story_id = s.id WHERE s.updated >= @since", r => (r.GetString(0), r.GetInt64(1)), null, ("@since", since.Iso()))
            .GroupBy(x => x.Item1, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.Item2).ToList(), StringComparer.Ordinal);

    /// <summary>How many stories were last updated in [<paramref name="from"/>, <paramref name="to"/>): those that left the open window.</summary>
    public int UpdatedBetween(DateTimeOffset from, DateTimeOffset to) =>
        connection.Scalar<int>("SELECT COUNT(*) FROM stories WHERE updated >= @from AND updated < @to", null, ("@from", from.Iso()), ("@to", to.Iso()));

    /// <summary>Threads whose latest story began at or after <paramref name="since"/>, and those holding any of <paramref name="storyIds"/>.</summary>
    public List<OpenThread> OpenThreads(DateTimeOffset since, IEnumerable<string> storyIds)
    {
        var wanted = storyIds.ToHashSet(StringComparer.Ordinal);
        var threadIds = connection.Query("SELECT id FROM threads WHERE last_story_at >= @since", r => r.GetString(0), null, ("@since", since.Iso())).ToHashSet(StringComparer.Ordinal);
        threadIds.UnionWith(connection.QueryIn("SELECT DISTINCT thread_id FROM stories WHERE thread_id IS NOT NULL AND id IN ({keys})", wanted, r => r.GetString(0)));
        var threads = connection.QueryIn("SELECT id, story_ids, signature, languages, last_story_at FROM threads WHERE id IN ({keys})", threadIds,
            r => new OpenThread(r.GetString(0), JsonSerializer.Deserialize<List<string>>(r.GetString(1)) ?? [],
                new HashSet<string>(JsonSerializer.Deserialize<List<string>>(r.GetString(2)) ?? [], StringComparer.Ordinal),
                new HashSet<string>(JsonSerializer.Deserialize<List<string>>(r.GetString(3)) ?? [], StringComparer.Ordinal),
                r.DateOrNull(4) ?? DateTimeOffset.UnixEpoch));
        return threads.OrderBy(t => t.LastStoryAt).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Stored stories by id, with their articles (for briefs of stories not held in this run).</summary>
    public List<Story> Find(IEnumerable<string> ids)
    {
        var wanted = ids.ToList();
        var articles = connection.QueryIn("SELECT story_id, article_id FROM story_articles WHERE story_id IN ({keys}) ORDER BY article_id", wanted,
            r => (Story: r.GetString(0), Article: r.GetInt64(1))).ToLookup(x => x.Story, x => x.Article, StringComparer.Ordinal);
        return connection.QueryIn("SELECT id, thread_id, first_published, updated, key_terms FROM stories WHERE id IN ({keys})", wanted,
            r => new Story
            {
                Id = r.GetString(0),
                ThreadId = r.StringOrNull(1),
                FirstPublished = r.DateOrNull(2) ?? DateTimeOffset.UnixEpoch,
                Updated = r.DateOrNull(3) ?? DateTimeOffset.UnixEpoch,
                KeyTerms = JsonSerializer.Deserialize<List<KeyTerm>>(r.GetString(4), JsonExport.Options) ?? [],
                ArticleIds = articles[r.GetString(0)].ToList(),
            });
    }

    /// <summary>Forgets every story and thread (a full rebuild places all articles again); briefs stay until rewritten.</summary>
    public void Clear()
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM story_articles; DELETE FROM stories; DELETE FROM threads;", transaction);
        transaction.Commit();
    }

    /// <summary>The threads holding these stories, by story id.</summary>
    public Dictionary<string, StoryThread> ThreadsOf(IEnumerable<string> storyIds)
    {
        // Each thread read once however many of the stories are in it: a batch of a long thread's stories once read (and
        // decoded) its whole list per story.
        var threadOf = connection.QueryIn("SELECT id, thread_id FROM stories WHERE thread_id IS NOT NULL AND id IN ({keys})", storyIds,
            r => (Story: r.GetString(0), Thread: r.GetString(1)));
        var threads = connection.QueryIn("SELECT id, story_ids FROM threads WHERE id IN ({keys})", threadOf.Select(x => x.Thread).Distinct(StringComparer.Ordinal),
                r => new StoryThread(r.GetString(0), JsonSerializer.Deserialize<List<string>>(r.GetString(1)) ?? []))
            .ToDictionary(t => t.Id, StringComparer.Ordinal);
        return threadOf.Where(x => threads.ContainsKey(x.Thread)).ToDictionary(x => x.Story, x => threads[x.Thread], StringComparer.Ordinal);
    }

    /// <summary>The stories that hold any of these articles.</summary>
    public List<string> StoriesOf(IEnumerable<long> articleIds) =>
        connection.QueryIn("SELECT DISTINCT story_id FROM story_articles WHERE article_id IN ({keys})", articleIds, r => r.GetString(0)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Which stored story each article belongs to.</summary>
    public Dictionary<long, string> StoryOfArticles() =>
        connection.Query("SELECT article_id, story_id FROM story_articles", r => (r.GetInt64(0), r.GetString(1))).ToDictionary(x => x.Item1, x => x.Item2);

    public IReadOnlyList<StoryThread> Threads() =>
        connection.Query("SELECT id, story_ids FROM threads ORDER BY id", r => new StoryThread(r.GetString(0), JsonSerializer.Deserialize<List<string>>(r.GetString(1)) ?? []));

    public StoryThread? Thread(string id) =>
        connection.Query("SELECT id, story_ids FROM threads WHERE id = @id", r => new StoryThread(r.GetString(0), JsonSerializer.Deserialize<List<string>>(r.GetString(1)) ?? []), null, ("@id", id)).FirstOrDefault();
}
