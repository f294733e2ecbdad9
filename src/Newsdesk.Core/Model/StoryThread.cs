namespace Newsdesk.Core.Model;

/// <summary>One subject followed across days: stories in time order.</summary>
public sealed record StoryThread(string Id, IReadOnlyList<string> StoryIds)
{
    // Where each story stands, built on first use: a brief asks its thread several questions, and a thread of thousands
    // of stories answered each by a linear search (times every brief in it) made briefs cost more the longer threads grew.
    private Dictionary<string, int>? _positions;
    private IReadOnlyList<string>? _indexedList;
    private int _indexed;

    public string? Previous(string storyId) => Neighbour(storyId, -1);

    public string? Next(string storyId) => Neighbour(storyId, +1);

    /// <summary>How many stories before and after a story its brief's timeline shows; the thread page shows them all.</summary>
    public const int TimelineReach = 3;

    public bool Contains(string storyId) => IndexOf(storyId) >= 0;

    /// <summary>The stories a brief's timeline shows: the story with up to <see cref="TimelineReach"/> on each side. A long
    /// thread that grows at its end then changes the timelines of its last few stories only, not of every story in it.</summary>
    public IReadOnlyList<string> Around(string storyId)
    {
        var index = IndexOf(storyId);
        if (index < 0)
        {
            return [];
        }

        var from = Math.Max(0, index - TimelineReach);
        var to = Math.Min(StoryIds.Count, index + TimelineReach + 1);
        var around = new List<string>(to - from);
        for (var i = from; i < to; i++)
        {
            around.Add(StoryIds[i]);
        }

        return around;
    }

    public bool Equals(StoryThread? other) =>
        other is not null && Id == other.Id && StoryIds.SequenceEqual(other.StoryIds, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Id, StoryIds.Count);

    private int IndexOf(string storyId)
    {
        if (StoryIds.Count < 16)
        {
            for (var i = 0; i < StoryIds.Count; i++)
            {
                if (StoryIds[i] == storyId)
                {
                    return i;
                }
            }

            return -1;
        }

        // Rebuilt when the list it was built from grew (an open thread's list is appended to while stories join it) or was
        // replaced (a copy made with `with` carries this cache along).
        if (_positions is null || !ReferenceEquals(_indexedList, StoryIds) || _indexed != StoryIds.Count)
        {
            _positions = new Dictionary<string, int>(StoryIds.Count, StringComparer.Ordinal);
            for (var i = 0; i < StoryIds.Count; i++)
            {
                _positions.TryAdd(StoryIds[i], i);
            }

            (_indexedList, _indexed) = (StoryIds, StoryIds.Count);
        }

        return _positions.GetValueOrDefault(storyId, -1);
    }

    private string? Neighbour(string storyId, int step)
    {
        var index = IndexOf(storyId);
        var other = index + step;
        return index < 0 || other < 0 || other >= StoryIds.Count ? null : StoryIds[other];
    }
}
