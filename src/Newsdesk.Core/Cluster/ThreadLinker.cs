using Newsdesk.Core.Model;
using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>
/// Links stories about the same subject across days into threads: a story continues the earlier thread whose
/// stories share enough of its central names and key terms. Every story belongs to exactly one thread.
/// </summary>
public sealed class ThreadLinker(ClusterOptions options)
{
    public (IReadOnlyList<Story> Stories, IReadOnlyList<StoryThread> Threads) Link(IReadOnlyList<Story> stories, IReadOnlyDictionary<long, ArticleAnalysis> articles)
    {
        var ordered = stories.OrderBy(s => s.FirstPublished).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        var threads = new List<(string Id, List<Story> Members, HashSet<string> Signature)>();
        foreach (var story in ordered)
        {
            var signature = Signature(story, articles);
            var best = threads
                .Select(t => (Thread: t, Score: Overlap(signature, t.Signature)))
                .Where(x => x.Score >= options.ThreadThreshold && x.Thread.Members[^1].FirstPublished.Date < story.FirstPublished.Date)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Thread.Members is null)
            {
                threads.Add((StoryIds.ForThread(story.Id), [story], signature));
            }
            else
            {
                best.Thread.Members.Add(story);
                best.Thread.Signature.UnionWith(signature);
            }
        }

        var linked = threads.SelectMany(t => t.Members.Select(s => s with { ThreadId = t.Id })).ToList();
        return (linked, threads.Select(t => new StoryThread(t.Id, t.Members.Select(s => s.Id).ToList())).ToList());
    }

    private static HashSet<string> Signature(Story story, IReadOnlyDictionary<long, ArticleAnalysis> articles)
    {
        // Names that several of the story's articles mention, plus its leading key terms.
        var names = story.ArticleIds.Where(articles.ContainsKey).SelectMany(id => articles[id].Names).GroupBy(n => n)
            .OrderByDescending(g => g.Count()).Take(8).Select(g => g.Key);
        var terms = story.KeyTerms.Where(k => k.Kind != KeyTermKind.Figure).Take(6).Select(k => TermNormalizer.Key(k.Term, "en"));
        return new HashSet<string>(names.Concat(terms), StringComparer.Ordinal);
    }

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        return smaller == 0 ? 0 : a.Count(b.Contains) / (double)smaller;
    }
}
