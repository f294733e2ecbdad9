using System.Globalization;
using System.Text;
using Newsdesk.Core.Brief;
using static Newsdesk.Core.Publish.Html.PageLayout;

namespace Newsdesk.Core.Publish.Html;

/// <summary>A list of briefs (home, language, featured, category, tag, digest): headline, badges, TL;DR, paging.</summary>
public static class StoryListPage
{
    public static string Render(string heading, IEnumerable<BriefCard> briefs, string publisher, string language = "en",
        int page = 1, int total = 0, int pageSize = int.MaxValue, string basePath = "/", string? feedPath = null)
    {
        var t = ReaderText.For(language);
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(heading)).Append("</h1>\n");
        if (feedPath is not null)
        {
            body.Append($"<p class=\"meta\"><a href=\"{E(feedPath)}\">RSS</a></p>\n");
        }

        body.Append("<ol class=\"story-list\">\n");
        var any = false;
        foreach (var brief in briefs)
        {
            any = true;
            body.Append(Item(brief, language));
        }

        body.Append("</ol>\n");
        if (!any)
        {
            body.Append("<p>").Append(t.NoResults).Append("</p>\n");
        }

        body.Append(Pager(page, total, pageSize, basePath, t));
        return PageLayout.Render(heading, body.ToString(), publisher, language);
    }

    /// <summary>One story in a list; the badges and units in the page's language, the brief's language shown only where
    /// it is not the page's (a story with no brief in the reader's language).</summary>
    public static string Item(BriefCard card, string pageLanguage, string? snippetHtml = null)
    {
        var t = ReaderText.For(pageLanguage);
        // The story's address and update time: the reader's script marks what is new or updated since the last visit
        // (kept in the browser); without script the "updated" time says it.
        var updated = card.Updated?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var item = new StringBuilder($"<li class=\"story\" data-story=\"{E(card.Language + "/" + card.Slug)}\"{(updated is null ? "" : $" data-updated=\"{updated}\"")}"
            + $"{(card.Language == pageLanguage ? "" : $" lang=\"{E(card.Language)}\"")}>");
        if (card.Featured)
        {
            item.Append($"<span class=\"badge featured\">{t.Featured}</span>");
        }

        item.Append($"<a class=\"badge\" href=\"/categories/{E(card.Category)}/\">{E(t.Category(card.Category))}</a>");
        if (card.Language != pageLanguage)
        {
            item.Append($"<span class=\"badge\">{E(card.Language)}</span>");
        }

        item.Append($"<h2><a href=\"{E(SiteOptions.StoryPath(card.Language, card.Slug))}\">{E(card.Title)}</a></h2>");
        var stamp = card.Updated is { } at && DateOnly.FromDateTime(at.UtcDateTime) != card.Date
            ? $" · <span class=\"updated\">{E(t.UpdatedLabel)} <time datetime=\"{updated}\">{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time></span>"
            : card.Updated is { } same ? $" · <span class=\"updated\">{E(t.UpdatedLabel)} <time datetime=\"{updated}\">{same.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC</time></span>" : "";
        item.Append($"<div class=\"meta\">{card.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · {card.SourcesCount} {t.SourcesUnit}{stamp}</div>");
        item.Append(snippetHtml is not null ? $"<p class=\"snippet\">{snippetHtml}</p>" : card.TlDr is null ? "" : $"<p>{E(card.TlDr)}</p>");
        return item.Append("</li>\n").ToString();
    }

    private static string Pager(int page, int total, int pageSize, string basePath, ReaderText t)
    {
        if (total <= pageSize)
        {
            return "";
        }

        var separator = basePath.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var links = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\">");
        if (page > 1)
        {
            links.Append($"<a rel=\"prev\" href=\"{E(basePath)}{separator}page={page - 1}\">← {t.Newer}</a> ");
        }

        if (page * pageSize < total)
        {
            links.Append($"<a rel=\"next\" href=\"{E(basePath)}{separator}page={page + 1}\">{t.Older} →</a>");
        }

        return links.Append("</nav>\n").ToString();
    }
}
