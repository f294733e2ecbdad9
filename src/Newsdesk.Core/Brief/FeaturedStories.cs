namespace Newsdesk.Core.Brief;

/// <summary>
/// "Featured" is the top share of a day's stories by importance, per language: the most important quarter (at least
/// the day's top story), never one under <see cref="ImportanceScore.FeaturedFloor"/>. A mark that means "among the
/// day's most important" stays meaningful when every story has several sources, where a fixed threshold marked
/// nearly all of them (20 of the demo's 22).
/// </summary>
public static class FeaturedStories
{
    public const double Share = 0.25;

    /// <summary>The keys of the day's featured stories.</summary>
    /// <param name="day">One day's stories in one language: a key, the importance score, and when it was last updated
    /// (the fresher of two equal scores ranks first).</param>
    public static IReadOnlySet<string> Pick(IEnumerable<(string Key, double Importance, DateTimeOffset Updated)> day)
    {
        var ranked = day.OrderByDescending(d => d.Importance).ThenByDescending(d => d.Updated).ThenBy(d => d.Key, StringComparer.Ordinal).ToList();
        var count = (int)Math.Ceiling(ranked.Count * Share);
        return ranked.Take(count).Where(d => d.Importance >= ImportanceScore.FeaturedFloor).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
    }
}
