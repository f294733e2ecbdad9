using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// Links stories about the same subject across days into threads: a story continues the earlier thread whose
/// stories share enough of its distinctive names (IDF-weighted, so a city every story mentions does not count for
/// much). Every story belongs to exactly one thread; a thread's stories are in time order. A thread whose latest story
/// began more than <see cref="ClusterOptions.ThreadWindowDays"/> earlier takes no new story.
/// </summary>
public sealed class ThreadLinker(ClusterOptions options)
{
    /// <summary>Threads for all the stories at once (the evaluations and full rebuilds).</summary>
    public (IReadOnlyList<Story> Stories, IReadOnlyList<StoryThread> Threads) Link(IReadOnlyList<Story> stories, IReadOnlyDictionary<long, ArticleAnalysis> articles)
    {
        var threads = new List<OpenThread>();
        var linked = Extend(threads, stories, articles, new EntityWeights(articles.Values));
        var byThread = linked.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return (threads.SelectMany(t => t.StoryIds.Select(id => byThread[id])).ToList(), threads.Select(t => new StoryThread(t.Id, t.StoryIds)).ToList());
    }

    /// <summary>
    /// Links new stories into the open threads (or new ones), oldest first, and adds a grown story's names to its
    /// thread. Returns the stories with their thread ids; <paramref name="threads"/> is updated in place.
    /// </summary>
    public List<Story> Extend(List<OpenThread> threads, IReadOnlyList<Story> stories, IReadOnlyDictionary<long, ArticleAnalysis> articles, EntityWeights weights)
    {
        var threadOfStory = threads.SelectMany(t => t.StoryIds.Select(s => (s, t))).ToDictionary(x => x.s, x => x.t, StringComparer.Ordinal);
        var linked = new List<Story>(stories.Count);
        foreach (var story in stories.OrderBy(s => s.FirstPublished).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var signature = Signature(story, articles);
            var languages = story.ArticleIds.Where(articles.ContainsKey).Select(id => articles[id].Language).ToHashSet(StringComparer.Ordinal);
            if (threadOfStory.TryGetValue(story.Id, out var own))
            {
                // A story that grew stays in its thread; what it now says joins the thread's signature.
                own.Changed |= !own.Signature.IsSupersetOf(signature) || !own.Languages.IsSupersetOf(languages);
                own.Signature.UnionWith(signature);
                own.Languages.UnionWith(languages);
                linked.Add(story with { ThreadId = own.Id });
                continue;
            }

            var best = threads
                .Where(t => IsOpenFor(t, story))
                .Select(t => (Thread: t, Score: weights.Overlap(signature, t.Signature, acrossLanguages: !t.Languages.Overlaps(languages))))
                .Where(x => x.Score >= options.ThreadThreshold)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            OpenThread thread;
            if (best.Thread is null)
            {
                thread = new OpenThread(StoryIds.ForThread(story.Id), [story.Id], signature, languages, story.FirstPublished) { Changed = true };
                thread.Added.Add(story.Id);
                threads.Add(thread);
            }
            else
            {
                thread = best.Thread;
                thread.StoryIds.Add(story.Id);
                thread.Added.Add(story.Id);
                thread.Signature.UnionWith(signature);
                thread.Languages.UnionWith(languages);
                thread.LastStoryAt = Max(thread.LastStoryAt, story.FirstPublished);
                thread.Changed = true;
            }

            threadOfStory[story.Id] = thread;
            linked.Add(story with { ThreadId = thread.Id });
        }

        return linked;
    }

    /// <summary>A thread takes a story begun on a later day, within the thread window of its latest story.</summary>
    private bool IsOpenFor(OpenThread thread, Story story) =>
        thread.LastStoryAt.UtcDateTime.Date < story.FirstPublished.UtcDateTime.Date
        && (options.ThreadWindowDays is not { } days || (story.FirstPublished - thread.LastStoryAt).TotalDays <= days);

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>The story's names (no figures: numbers change as a subject develops), from all its articles.</summary>
    private static HashSet<string> Signature(Story story, IReadOnlyDictionary<long, ArticleAnalysis> articles) =>
        new(story.ArticleIds.Where(articles.ContainsKey).SelectMany(id => articles[id].Entities).Where(e => e[0] != '#'), StringComparer.Ordinal);
}
