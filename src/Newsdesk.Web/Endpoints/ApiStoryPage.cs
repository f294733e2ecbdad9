namespace Newsdesk.Web.Endpoints;

/// <summary>One page of the story list: which page, its size, how many stories match in all, and the page's stories.</summary>
public sealed record ApiStoryPage(int Page, int Limit, int Total, IReadOnlyList<ApiStory> Stories);
