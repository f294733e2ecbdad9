using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Web.Endpoints;

/// <summary>The JSON API: stories (front matter), one story (the whole brief), threads and search.</summary>
internal static class ReaderApi
{
    public static void MapReaderApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/stories", (Func<NewsStore> open, string? lang) =>
        {
            using var store = open();
            return Json(store.Briefs.List(lang).Select(b => b.FrontMatter).ToList());
        });
        api.MapGet("/stories/{slug}", (Func<NewsStore> open, string slug, string? lang) =>
        {
            using var store = open();
            var brief = store.Briefs.Find(lang ?? "en", slug) ?? store.Briefs.Find("de", slug);
            return brief is null ? Results.NotFound() : Json(brief);
        });
        api.MapGet("/threads/{id}", (Func<NewsStore> open, string id) =>
        {
            using var store = open();
            var thread = store.Stories.Thread(id);
            return thread is null ? Results.NotFound() : Json(thread);
        });
        api.MapGet("/search", (Func<NewsStore> open, string? q) =>
        {
            using var store = open();
            return Json(string.IsNullOrWhiteSpace(q) ? [] : store.Briefs.Search(q).Select(h => h.Card).ToList());
        });
    }

    private static IResult Json<T>(T value) => Results.Json(value, JsonExport.Options);
}
