using System.Text.Json;
using Microsoft.Data.Sqlite;
using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;

namespace Newsdesk.Infrastructure.Storage;

/// <summary>Stories and threads; the clustering step replaces them as one transaction.</summary>
public sealed class StoryRepository(SqliteConnection connection)
{
    public void Replace(IReadOnlyList<Story> stories, IReadOnlyList<StoryThread> threads)
    {
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM story_articles; DELETE FROM stories; DELETE FROM threads;", transaction);
        foreach (var thread in threads)
        {
            connection.Execute("INSERT INTO threads (id, story_ids) VALUES ($id, $s)", transaction, ("$id", thread.Id), ("$s", JsonSerializer.Serialize(thread.StoryIds)));
        }

        foreach (var story in stories)
        {
            connection.Execute("INSERT INTO stories (id, thread_id, first_published, updated, key_terms) VALUES ($id, $t, $f, $u, $k)", transaction,
                ("$id", story.Id), ("$t", story.ThreadId), ("$f", story.FirstPublished.Iso()), ("$u", story.Updated.Iso()),
                ("$k", JsonSerializer.Serialize(story.KeyTerms, JsonExport.Options)));
            foreach (var articleId in story.ArticleIds)
            {
                connection.Execute("INSERT INTO story_articles (story_id, article_id) VALUES ($s, $a)", transaction, ("$s", story.Id), ("$a", articleId));
            }
        }

        transaction.Commit();
    }

    /// <summary>Which stored story each article belongs to.</summary>
    public Dictionary<long, string> StoryOfArticles() =>
        connection.Query("SELECT article_id, story_id FROM story_articles", r => (r.GetInt64(0), r.GetString(1))).ToDictionary(x => x.Item1, x => x.Item2);

    public IReadOnlyList<StoryThread> Threads() =>
        connection.Query("SELECT id, story_ids FROM threads ORDER BY id", r => new StoryThread(r.GetString(0), JsonSerializer.Deserialize<List<string>>(r.GetString(1)) ?? []));

    public StoryThread? Thread(string id) => Threads().FirstOrDefault(t => t.Id == id);
}
