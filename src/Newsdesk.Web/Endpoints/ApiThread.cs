using Newsdesk.Core.Publish;

namespace Newsdesk.Web.Endpoints;

/// <summary>A thread: its id and its stories' briefs in time order, each with the address of the whole brief.</summary>
public sealed record ApiThread(string Id, IReadOnlyList<ApiThreadStory> Stories);

/// <summary>One brief of a thread's story.</summary>
public sealed record ApiThreadStory(string Id, string Language, string Slug, string Title, DateOnly Date, string Href)
{
    public static ApiThreadStory From(ThreadEntry entry) =>
        new(entry.StoryId, entry.Language, entry.Slug, entry.Title, entry.Date, $"/api/stories/{Uri.EscapeDataString(entry.StoryId)}?lang={entry.Language}");
}
