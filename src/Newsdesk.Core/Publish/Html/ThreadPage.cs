using System.Globalization;
using System.Text;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>A thread's timeline: its stories in time order, each language's brief listed.</summary>
public static class ThreadPage
{
    public static string Render(StoryThread thread, IEnumerable<ThreadEntry> briefs, string publisher)
    {
        var body = new StringBuilder("<h1>Thread</h1>\n<ol class=\"story-list timeline\">\n");
        foreach (var fm in briefs)
        {
            body.Append($"<li lang=\"{E(fm.Language)}\"><div class=\"meta\">{fm.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {E(fm.Language)}</div><h2><a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Slug))}\">{E(fm.Title)}</a></h2></li>\n");
        }

        body.Append("</ol>\n");
        return PageLayout.Render("Thread " + thread.Id, body.ToString(), publisher, "en");
    }
}
