using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Publishing;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Web.Endpoints;

/// <summary>The live reader's routes; each renders through <see cref="ReaderSite"/>, the same code as the static export.</summary>
internal static class ReaderPages
{
    public static void MapReaderPages(this WebApplication app)
    {
        app.MapGet("/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, int? page) => Page(context, open, settings, s => s.Home(page ?? 1)));
        app.MapGet("/featured/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, int? page) => Page(context, open, settings, s => s.Featured(page ?? 1)));
        app.MapGet("/search", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string? q) => Page(context, open, settings, s => s.Search(q ?? "")));
        app.MapGet("/sources/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings) => Page(context, open, settings, s => s.Sources()));
        app.MapGet("/tags/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings) => Page(context, open, settings, s => s.Tags()));
        app.MapGet("/tags/{tag}/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string tag, int? page) => Page(context, open, settings, s => s.Tag(tag, page ?? 1)));
        app.MapGet("/categories/{category}/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string category, int? page) => Page(context, open, settings, s => s.Category(category, page ?? 1)));
        app.MapGet("/categories/{category}/feed.xml", (Func<NewsStore> open, NewsdeskSettings settings, string category) => Feed(open, settings, "rss", category));
        app.MapGet("/categories/{category}/atom.xml", (Func<NewsStore> open, NewsdeskSettings settings, string category) => Feed(open, settings, "atom", category));
        app.MapGet("/categories/{category}/feed.json", (Func<NewsStore> open, NewsdeskSettings settings, string category) => Feed(open, settings, "json", category));
        app.MapGet("/digest/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings) => Page(context, open, settings, s => s.Digest()));
        app.MapGet("/digest/{day}/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string day) => Page(context, open, settings, s => s.Digest(day)));
        app.MapGet("/threads/{id}/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string id) => Page(context, open, settings, s => s.Thread(id)));
        app.MapGet("/feed.xml", (Func<NewsStore> open, NewsdeskSettings settings) => Feed(open, settings, "rss", null));
        app.MapGet("/atom.xml", (Func<NewsStore> open, NewsdeskSettings settings) => Feed(open, settings, "atom", null));
        app.MapGet("/feed.json", (Func<NewsStore> open, NewsdeskSettings settings) => Feed(open, settings, "json", null));
        app.MapGet("/assets/site.css", () => Results.Text(ReaderAssets.Stylesheet, "text/css; charset=utf-8"));
        app.MapGet("/assets/reader.js", () => Results.Text(ReaderAssets.Script, "text/javascript; charset=utf-8"));
        app.MapGet("/{lang}/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string lang, int? page) =>
        {
            // The language switch: the reader's choice, remembered for the other lists.
            if (ReaderSite.IsLanguage(lang))
            {
                ReaderLanguage.Remember(context.Response, lang);
            }

            return Page(context, open, settings, s => s.Language(lang, page ?? 1));
        });
        app.MapGet("/{lang}/{slug}/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string lang, string slug) => Page(context, open, settings, s => s.Story(lang, slug)));
        app.MapGet("/{lang}/{slug}/sources/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string lang, string slug) => Page(context, open, settings, s => s.StorySources(lang, slug)));
        app.MapGet("/{lang}/{slug}/history/", (HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, string lang, string slug) => Page(context, open, settings, s => s.History(lang, slug)));
    }

    private static IResult Page(HttpContext context, Func<NewsStore> open, NewsdeskSettings settings, Func<ReaderSite, string?> render)
    {
        using var store = open();
        var html = render(new ReaderSite(store, settings.Site, language: ReaderLanguage.Of(context.Request, settings.Site.Language)));
        return html is null ? Results.NotFound() : Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult Feed(Func<NewsStore> open, NewsdeskSettings settings, string kind, string? category)
    {
        using var store = open();
        return Results.Text(new ReaderSite(store, settings.Site).Feed(kind, category), ReaderSite.ContentType(kind));
    }
}
