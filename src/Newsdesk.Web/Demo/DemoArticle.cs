namespace Newsdesk.Web.Demo;

/// <summary>One article of the demo corpus as written in samples/demo/articles/&lt;outlet&gt;/&lt;slug&gt;.md.</summary>
public sealed record DemoArticle(DemoOutlet Outlet, string Slug, string Title, DateTimeOffset Published, string Author, IReadOnlyList<string> Blocks)
{
    /// <summary>True for a report the outlets publish only after the demo's first run (front matter <c>arrives: later</c>):
    /// the development a second run turns into a new version of its story's brief.</summary>
    public bool Later { get; init; }

    public string Path => $"/{Outlet.Id}/news/{Slug}.html";

    /// <summary>The first real paragraph, used as the feed summary.</summary>
    public string Lead => Blocks.First(b => !b.StartsWith("## ", StringComparison.Ordinal));
}
