using System.Globalization;
using System.Text;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>A thread's timeline: named after the story that began it, how long it has run, then its stories in time
/// order with each language's brief listed.</summary>
public static class ThreadPage
{
    public static string Render(StoryThread thread, IEnumerable<ThreadEntry> briefs, string publisher)
    {
        var entries = briefs.ToList();
        // English first where there is one: the page's own language.
        var shown = entries.Where(e => e.Language == "en").ToList() is { Count: > 0 } english ? english : entries;
        var subject = shown.Count == 0 ? "Thread" : shown[0].Title;
        var body = new StringBuilder($"<h1>{E(subject)}</h1>\n");
        if (shown.Count > 0)
        {
            var (first, last) = (shown[0].Date, shown[^1].Date);
            var span = first == last ? Day(first) : $"{Day(first)} – {Day(last)}";
            body.Append($"<p class=\"meta\">Thread · {shown.Count} {(shown.Count == 1 ? "story" : "stories")}, {span}</p>\n");
        }

        body.Append("<ol class=\"story-list timeline\">\n");
        foreach (var fm in entries)
        {
            body.Append($"<li lang=\"{E(fm.Language)}\"><div class=\"meta\">{Day(fm.Date)} · {E(fm.Language)}</div><h2><a href=\"{E(SiteOptions.StoryPath(fm.Language, fm.Slug))}\">{E(fm.Title)}</a></h2></li>\n");
        }

        body.Append("</ol>\n");
        return PageLayout.Render(shown.Count == 0 ? "Thread " + thread.Id : "Thread: " + subject, body.ToString(), publisher, "en");
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
