namespace Newsdesk.Core.Brief;

/// <summary>
/// The documented importance score behind "featured": 0.5 × sources (saturating at 4) + 0.3 × distinct publishers
/// (saturating at 3) + 0.2 × recency (halving every 2 days before the newest story). Which stories it features is
/// decided among each day's stories (<see cref="FeaturedStories"/>); none below <see cref="FeaturedFloor"/> is.
/// </summary>
public static class ImportanceScore
{
    /// <summary>Below this a story is never featured: a single source, however fresh, scores 0.425 at most.</summary>
    public const double FeaturedFloor = 0.5;

    public static double Compute(int sources, int publishers, DateTimeOffset updated, DateTimeOffset newest)
    {
        var days = Math.Max(0, (newest - updated).TotalDays);
        var recency = Math.Pow(0.5, days / 2);
        return Math.Round(0.5 * Math.Min(1, sources / 4.0) + 0.3 * Math.Min(1, publishers / 3.0) + 0.2 * recency, 3);
    }
}
