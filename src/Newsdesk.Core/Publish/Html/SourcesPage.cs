using System.Globalization;
using System.Text;
using Newsdesk.Core.Model;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>Feed health: every subscription with its last fetch, status, last error, next poll and article count.</summary>
public static class SourcesPage
{
    public static string Render(IEnumerable<(Source Source, int Articles, DateTimeOffset? Newest)> sources, string publisher)
    {
        var body = new StringBuilder("<h1>Sources</h1>\n<div class=\"table-wrap\"><table>\n<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Kind</th><th scope=\"col\">Last fetch</th><th scope=\"col\">Status</th><th scope=\"col\">Articles</th><th scope=\"col\">Next poll</th><th scope=\"col\">Last error</th></tr></thead>\n<tbody>\n");
        foreach (var (source, articles, _) in sources)
        {
            var health = source.LastError is null ? "ok" : "error";
            // Dates and counts never wrap (the page was cramped on a phone); long addresses may.
            body.Append($"<tr class=\"{health}\"><td class=\"url\">{E(source.Title ?? source.Url)}<br><small>{E(source.Url)}</small></td><td>{E(source.Kind.ToString().ToLowerInvariant())}</td>");
            body.Append($"<td class=\"when\">{When(source.LastFetchedAt)}</td><td class=\"count\">{source.LastStatus?.ToString(CultureInfo.InvariantCulture) ?? "–"}</td><td class=\"count\">{articles}</td>");
            body.Append($"<td class=\"when\">{(source.NextPollAt > DateTimeOffset.UtcNow.AddYears(100) ? "never (gone)" : When(source.NextPollAt))}</td><td>{E(source.LastError ?? "")}</td></tr>\n");
        }

        body.Append("</tbody></table></div>\n");
        return PageLayout.Render("Sources", body.ToString(), publisher, "en");
    }

    private static string When(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–";
}
