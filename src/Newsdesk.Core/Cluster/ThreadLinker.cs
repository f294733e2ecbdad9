using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// Links stories about the same subject across days into threads: a story continues the earlier thread whose
/// stories share enough of its distinctive names (IDF-weighted, so a city every story mentions does not count for
/// much). Every story belongs to exactly one thread; a thread's stories are in time order.
/// </summary>
public sealed class ThreadLinker(ClusterOptions options)
{
    public (IReadOnlyList<Story> Stories, IReadOnlyList<StoryThread> Threads) Link(IReadOnlyList<Story> stories, IReadOnlyDictionary<long, ArticleAnalysis> articles)
    {
        var weights = new EntityWeights(articles.Values);
        var ordered = stories.OrderBy(s => s.FirstPublished).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var threads = new List<(string Id, List<Story> Members, HashSet<string> Signature, HashSet<string> Languages)>();
        foreach (var story in ordered)
        {
            var signature = Signature(story, articles);
            var languages = story.ArticleIds.Where(articles.ContainsKey).Select(id => articles[id].Language).ToHashSet();
            var best = threads
                .Where(t => t.Members[^1].FirstPublished.UtcDateTime.Date < story.FirstPublished.UtcDateTime.Date)
                .Select(t => (Thread: t, Score: weights.Overlap(signature, t.Signature, acrossLanguages: !t.Languages.Overlaps(languages))))
                .Where(x => x.Score >= options.ThreadThreshold)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Thread.Members is null)
            {
                threads.Add((StoryIds.ForThread(story.Id), [story], signature, languages));
            }
            else
            {
                best.Thread.Members.Add(story);
                best.Thread.Signature.UnionWith(signature);
                best.Thread.Languages.UnionWith(languages);
            }
        }

        var linked = threads.SelectMany(t => t.Members.Select(s => s with { ThreadId = t.Id })).ToList();
        return (linked, threads.Select(t => new StoryThread(t.Id, t.Members.Select(s => s.Id).ToList())).ToList());
    }

    /// <summary>The story's names (no figures: numbers change as a subject develops), from all its articles.</summary>
    private static HashSet<string> Signature(Story story, IReadOnlyDictionary<long, ArticleAnalysis> articles) =>
        new(story.ArticleIds.Where(articles.ContainsKey).SelectMany(id => articles[id].Entities).Where(e => e[0] != '#'), StringComparer.Ordinal);
}
