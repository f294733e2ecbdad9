using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Web.Endpoints;

/// <summary>The server-rendered reader: story lists, story pages, thread pages and search. Same HTML as the static export.</summary>
internal static class ReaderPages
{
    public static void MapReaderPages(this WebApplication app)
    {
        app.MapGet("/", (Func<NewsStore> open, NewsdeskSettings s, string? category, string? tag) =>
        {
            using var store = open();
            var briefs = store.Briefs.List()
                .Where(b => category is null || b.FrontMatter.Category == category)
                .Where(b => tag is null || b.FrontMatter.Tags.Contains(tag));
            return Html(HtmlPages.StoryList("Latest stories", briefs, s.Site.Publisher));
        });
        app.MapGet("/featured/", (Func<NewsStore> open, NewsdeskSettings s) =>
        {
            using var store = open();
            return Html(HtmlPages.StoryList("Featured", store.Briefs.List().Where(b => b.FrontMatter.Featured), s.Site.Publisher));
        });
        app.MapGet("/search", (Func<NewsStore> open, NewsdeskSettings s, string? q) =>
        {
            using var store = open();
            var results = string.IsNullOrWhiteSpace(q) ? [] : store.Briefs.Search(q);
            return Html(HtmlPages.StoryList($"Search: {q}", results, s.Site.Publisher));
        });
        app.MapGet("/assets/site.css", () => Results.Text(HtmlPages.Stylesheet, "text/css; charset=utf-8"));
        app.MapGet("/threads/{id}/", (Func<NewsStore> open, NewsdeskSettings s, string id) =>
        {
            using var store = open();
            var thread = store.Stories.Thread(id);
            if (thread is null)
            {
                return Results.NotFound();
            }

            var members = store.Briefs.List().Where(b => thread.StoryIds.Contains(b.StoryId)).OrderBy(b => b.FrontMatter.Date);
            return Html(HtmlPages.ThreadPage(thread, members, s.Site.Publisher));
        });
        app.MapGet("/{lang}/", (Func<NewsStore> open, NewsdeskSettings s, string lang) =>
        {
            if (!IsLanguage(lang))
            {
                return Results.NotFound();
            }

            using var store = open();
            return Html(HtmlPages.StoryList(lang == "de" ? "Aktuelle Meldungen" : "Latest stories", store.Briefs.List(lang), s.Site.Publisher));
        });
        app.MapGet("/{lang}/{slug}/", (Func<NewsStore> open, string lang, string slug) =>
        {
            if (!IsLanguage(lang))
            {
                return Results.NotFound();
            }

            using var store = open();
            var brief = store.Briefs.Find(lang, slug);
            return brief is null ? Results.NotFound() : Html(HtmlPages.StoryPage(brief));
        });
    }

    // Checked here rather than with a regex route constraint, which the slim host does not register.
    private static bool IsLanguage(string lang) => lang is "en" or "de";

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");
}
