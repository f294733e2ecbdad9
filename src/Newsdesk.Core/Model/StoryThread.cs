namespace Newsdesk.Core.Model;

/// <summary>One subject followed across days: stories in time order.</summary>
public sealed record StoryThread(string Id, IReadOnlyList<string> StoryIds)
{
    public string? Previous(string storyId) => Neighbour(storyId, -1);

    public string? Next(string storyId) => Neighbour(storyId, +1);

    /// <summary>How many stories before and after a story its brief's timeline shows; the thread page shows them all.</summary>
    public const int TimelineReach = 3;

    /// <summary>The stories a brief's timeline shows: the story with up to <see cref="TimelineReach"/> on each side. A long
    /// thread that grows at its end then changes the timelines of its last few stories only, not of every story in it.</summary>
    public IReadOnlyList<string> Around(string storyId)
    {
        var index = StoryIds.ToList().IndexOf(storyId);
        if (index < 0)
        {
            return [];
        }

        var from = Math.Max(0, index - TimelineReach);
        return StoryIds.Skip(from).Take(Math.Min(StoryIds.Count, index + TimelineReach + 1) - from).ToList();
    }

    private string? Neighbour(string storyId, int step)
    {
        var index = StoryIds.ToList().IndexOf(storyId);
        var other = index + step;
        return index < 0 || other < 0 || other >= StoryIds.Count ? null : StoryIds[other];
    }
}
