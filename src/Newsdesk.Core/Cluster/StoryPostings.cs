namespace Newsdesk.Core.Cluster;

/// <summary>
/// The clusterer's inverted index: from a (language, term) or (language, anchor) key to the stories that carry it,
/// in the order they first did. A lookup walks a key's most recent stories only, so a term every story uses ("said",
/// "government") costs the same on the millionth article as on the hundredth: the stories an article can still join
/// are recent ones, and older stories sharing its rarer terms are still found through those.
/// </summary>
internal sealed class StoryPostings(int maxPerKey)
{
    private readonly Dictionary<(string Language, string Key), List<int>> _postings = [];

    public void Add(string language, string key, int story)
    {
        if (!_postings.TryGetValue((language, key), out var stories))
        {
            _postings[(language, key)] = stories = [];
        }

        // A story's newest article is usually the last one posted under the key; a story posted twice still counts
        // once per lookup (see Collect).
        if (stories.Count == 0 || stories[^1] != story)
        {
            stories.Add(story);
        }
    }

    /// <summary>Adds <paramref name="weight"/> to every recent story under the key, once per story.</summary>
    /// <param name="language">The key's language.</param>
    /// <param name="key">The term or anchor.</param>
    /// <param name="weight">What sharing the key is worth.</param>
    /// <param name="hits">Scores per story, with the number of the lookup that last counted it.</param>
    /// <param name="lookup">This lookup's number, distinct from every earlier one on the same hits.</param>
    public void Collect(string language, string key, double weight, Dictionary<int, (double Score, int Lookup)> hits, int lookup)
    {
        if (!_postings.TryGetValue((language, key), out var stories))
        {
            return;
        }

        for (var i = stories.Count - 1; i >= 0 && i >= stories.Count - maxPerKey; i--)
        {
            var story = stories[i];
            var (score, last) = hits.GetValueOrDefault(story);
            if (last != lookup)
            {
                hits[story] = (score + weight, lookup);
            }
        }
    }
}
