namespace Newsdesk.Core.Model;

/// <summary>One subject followed across days: stories in time order.</summary>
public sealed record StoryThread(string Id, IReadOnlyList<string> StoryIds)
{
    public string? Previous(string storyId) => Neighbour(storyId, -1);

    public string? Next(string storyId) => Neighbour(storyId, +1);

    private string? Neighbour(string storyId, int step)
    {
        var index = StoryIds.ToList().IndexOf(storyId);
        var other = index + step;
        return index < 0 || other < 0 || other >= StoryIds.Count ? null : StoryIds[other];
    }
}
