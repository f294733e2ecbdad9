using System.Globalization;
using System.Text;
using Newsdesk.Core.Brief;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>A thread's timeline: named after the story that began it, how long it has run and where it stands now
/// (the newest story's TL;DR), then its stories in time order, each once — in the reader's language where there is a
/// brief in it, with the other language linked beside it.</summary>
public static class ThreadPage
{
    public static string Render(StoryThread thread, IEnumerable<ThreadEntry> briefs, string publisher, string language = "en")
    {
        var t = ReaderText.For(language);
        var stories = briefs.GroupBy(e => e.StoryId).Select(g => Shown(g, language)).OrderBy(s => s.Shown.Date).ToList();
        var subject = stories.Count == 0 ? "Thread" : stories[0].Shown.Title;
        var body = new StringBuilder($"<h1>{E(subject)}</h1>\n");
        if (stories.Count > 0)
        {
            var (first, last) = (stories[0].Shown.Date, stories[^1].Shown.Date);
            var span = first == last ? Day(first) : $"{Day(first)} – {Day(last)}";
            body.Append($"<p class=\"meta\">{t.Thread} · {stories.Count} {(stories.Count == 1 ? t.StoryUnit : t.StoriesUnit)}, {span}</p>\n");
            if (stories[^1].Shown.TlDr is { Length: > 0 } latest)
            {
                body.Append($"<p class=\"lede\" id=\"thread-summary\"><strong>{t.LatestLabel}:</strong> {E(latest)}</p>\n");
            }
        }

        body.Append("<ol class=\"story-list timeline\">\n");
        foreach (var (shown, others) in stories)
        {
            var translations = string.Concat(others.Select(o => $" · <a class=\"translation\" hreflang=\"{E(o.Language)}\" lang=\"{E(o.Language)}\" href=\"{E(SiteOptions.StoryPath(o.Language, o.Slug))}\">{E(o.Language)}</a>"));
            body.Append($"<li lang=\"{E(shown.Language)}\"><div class=\"meta\">{Day(shown.Date)}{translations}</div><h2><a href=\"{E(SiteOptions.StoryPath(shown.Language, shown.Slug))}\">{E(shown.Title)}</a></h2></li>\n");
        }

        body.Append("</ol>\n");
        return PageLayout.Render(stories.Count == 0 ? t.Thread + " " + thread.Id : t.Thread + ": " + subject, body.ToString(), publisher, language);
    }

    private static (ThreadEntry Shown, List<ThreadEntry> Others) Shown(IEnumerable<ThreadEntry> story, string language)
    {
        var briefs = story.ToList();
        var shown = briefs.Find(e => e.Language == language) ?? briefs[0];
        return (shown, briefs.Where(e => e != shown).ToList());
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
