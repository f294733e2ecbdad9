using System.Globalization;
using System.Text;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>A brief's versions, newest first: when each was written, its headline and TL;DR, how many sources it drew
/// on, what it added and what it no longer states.</summary>
public static class HistoryPage
{
    public static string Render(StoryBrief brief, IReadOnlyList<BriefVersion> versions)
    {
        var fm = brief.FrontMatter;
        var t = ReaderText.For(fm.Language);
        var body = new StringBuilder(StoryAside.Heading(brief, t.History, $"{versions.Count} {t.VersionsOf}"));
        body.Append("<ol class=\"story-list versions\" reversed>\n");
        foreach (var version in versions.OrderByDescending(v => v.Version))
        {
            body.Append($"<li id=\"version-{version.Version}\"><div class=\"meta\">{E(t.Version)} {version.Version} · <time datetime=\"{version.At.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{version.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time> · {version.SourcesCount} {E(t.SourcesUnit)}</div>");
            body.Append($"<h2>{E(version.Title)}</h2>");
            if (version.TlDr is { Length: > 0 } tldr)
            {
                body.Append($"<p>{E(tldr)}</p>");
            }

            List(body, t.Added, "added", version.Added);
            List(body, t.Dropped, "dropped", version.Dropped);
            body.Append("</li>\n");
        }

        body.Append("</ol>\n");
        return PageLayout.Render(t.History + ": " + fm.Title, body.ToString(), fm.Publisher, fm.Language);
    }

    private static void List(StringBuilder body, string heading, string kind, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        body.Append($"<p class=\"meta\">{E(heading)}:</p><ul class=\"{kind}\">");
        body.Append(string.Concat(items.Select(i => $"<li>{E(i)}</li>")));
        body.Append("</ul>");
    }
}
