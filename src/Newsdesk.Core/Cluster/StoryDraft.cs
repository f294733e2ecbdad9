using Newsdesk.Core.Text;

namespace Newsdesk.Core.Cluster;

/// <summary>A story being built: its members, their dates (sorted), the copies among them, and per language its
/// centroid, anchors and entities.</summary>
internal sealed class StoryDraft(string? id = null)
{
    private readonly List<DateTimeOffset> _dates = [];

    /// <summary>The stored id of a story carried over from an earlier run; null for a story begun in this one.</summary>
    public string? Id { get; } = id;

    /// <summary>True when an article was placed in it (not merely carried over) in this stream.</summary>
    public bool Grown { get; set; }

    public List<ArticleAnalysis> Members { get; } = [];
    public Dictionary<string, StorySide> Sides { get; } = new(StringComparer.Ordinal);
    public Dictionary<long, long> Alternates { get; } = [];

    public void Add(ArticleAnalysis article, TermVector vector, TermVector anchors)
    {
        Members.Add(article);
        if (!Sides.TryGetValue(article.Language, out var side))
        {
            Sides[article.Language] = side = new StorySide();
        }

        side.Add(vector, anchors, article.Entities);
        if (article.Article.Published is { } when)
        {
            // Kept sorted (a stream mostly appends), so the nearest date is a binary search away however long the
            // story runs.
            var at = _dates.BinarySearch(when);
            _dates.Insert(at < 0 ? ~at : at, when);
        }
    }

    /// <summary>The earliest and latest dates of its articles; null when none is dated.</summary>
    public (DateTimeOffset First, DateTimeOffset Last)? DateRange => _dates.Count == 0 ? null : (_dates[0], _dates[^1]);

    /// <summary>Hours from <paramref name="when"/> to the story's nearest dated article; null when none is dated.</summary>
    public double? HoursToNearest(DateTimeOffset when)
    {
        if (_dates.Count == 0)
        {
            return null;
        }

        var at = _dates.BinarySearch(when);
        if (at >= 0)
        {
            return 0;
        }

        var next = ~at;
        var hours = double.MaxValue;
        if (next < _dates.Count)
        {
            hours = (_dates[next] - when).TotalHours;
        }

        if (next > 0)
        {
            hours = Math.Min(hours, (when - _dates[next - 1]).TotalHours);
        }

        return hours;
    }
}
