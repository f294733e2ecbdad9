using Newsdesk.Core.Model;

namespace Newsdesk.Web.Endpoints;

/// <summary>A story as the API lists it: its id (what threads name), the brief's front matter that matters for a list,
/// and where the whole brief is.</summary>
public sealed record ApiStory(
    string Id, string Language, string Slug, string Title, DateOnly Date, DateTimeOffset Updated, string Category,
    IReadOnlyList<string> Tags, bool Featured, double Importance, int SourcesCount, string? Thread, string? TlDr, string Href)
{
    public static ApiStory From(StoryBrief brief)
    {
        var fm = brief.FrontMatter;
        var tldr = brief.Section(BriefSectionKind.TlDr)?.Items.FirstOrDefault()?.Text;
        return new ApiStory(brief.StoryId, fm.Language, fm.Slug, fm.Title, fm.Date, fm.Updated, fm.Category, fm.Tags, fm.Featured,
            fm.Importance, fm.SourcesCount, fm.Thread, tldr, $"/api/stories/{Uri.EscapeDataString(brief.StoryId)}?lang={fm.Language}");
    }
}
