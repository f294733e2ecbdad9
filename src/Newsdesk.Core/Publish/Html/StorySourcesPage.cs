using System.Globalization;
using System.Text;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>Every report of a story, newest first: what a bounded brief links to for the reports it was not written from.</summary>
public static class StorySourcesPage
{
    public static string Render(StoryBrief brief, IReadOnlyList<Article> reports)
    {
        var fm = brief.FrontMatter;
        var t = ReaderText.For(fm.Language);
        var body = new StringBuilder(StoryAside.Heading(brief, t.Sources, $"{reports.Count} {t.SourcesUnit}"));
        body.Append("<ol class=\"story-list sources\">\n");
        foreach (var report in reports.OrderByDescending(r => r.Published).ThenBy(r => r.Url, StringComparer.Ordinal))
        {
            var date = report.Published?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
            var link = Uri.TryCreate(report.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
                ? $"<a href=\"{E(report.Url)}\" rel=\"nofollow noopener\">{E(report.Title)}</a>" : E(report.Title);
            body.Append($"<li lang=\"{E(report.Language)}\"><div class=\"meta\">{E(date)} · {E(report.SiteName ?? url?.Host ?? "")} · {E(report.Language)}</div>{link}</li>\n");
        }

        body.Append("</ol>\n");
        return PageLayout.Render(t.Sources + ": " + fm.Title, body.ToString(), fm.Publisher, fm.Language);
    }
}
