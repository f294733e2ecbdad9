namespace Newsdesk.Core.Cluster;

/// <summary>A thread as the linker keeps it: its stories in time order, the names they carry (its signature), their
/// languages, and when its latest story began. Stored between runs, so a run loads only the threads still open.</summary>
public sealed class OpenThread(string id, List<string> storyIds, HashSet<string> signature, HashSet<string> languages, DateTimeOffset lastStoryAt)
{
    public string Id { get; } = id;
    public List<string> StoryIds { get; } = storyIds;
    public HashSet<string> Signature { get; } = signature;
    public HashSet<string> Languages { get; } = languages;
    public DateTimeOffset LastStoryAt { get; set; } = lastStoryAt;

    /// <summary>True when a story was added to it, or its signature grew, in this run.</summary>
    public bool Changed { get; set; }

    /// <summary>The stories added to it in this run.</summary>
    public List<string> Added { get; } = [];

    /// <summary>The stories whose brief's timeline or previous/next link changed because stories were added in this run.</summary>
    public IEnumerable<string> AffectedByAdditions() =>
        Added.SelectMany(added => new Model.StoryThread(Id, StoryIds).Around(added)).Distinct(StringComparer.Ordinal);
}
