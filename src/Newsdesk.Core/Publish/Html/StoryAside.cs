using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>The opening of a page about one story besides its brief (its history, its sources): "History: headline",
/// then a count and the way back to the story.</summary>
internal static class StoryAside
{
    public static string Heading(StoryBrief brief, string what, string count)
    {
        var fm = brief.FrontMatter;
        var back = ReaderText.For(fm.Language).BackToStory;
        return $"<h1>{E(what)}: {E(fm.Title)}</h1>\n"
            + $"<p class=\"meta\">{E(count)} · <a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Slug))}\" id=\"back-to-story\">{E(back)}</a></p>\n";
    }
}
