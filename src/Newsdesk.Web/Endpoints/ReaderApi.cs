using System.Globalization;
using Newsdesk.Core.Model;
using Newsdesk.Core.Publish;
using Newsdesk.Infrastructure.Publishing;
using Newsdesk.Infrastructure.Storage;

namespace Newsdesk.Web.Endpoints;

/// <summary>
/// The JSON API: a paged, filtered story list; one story's whole brief by id or slug; a thread's stories; search.
/// Bad parameters are RFC 9457 problem details; the OpenAPI document is at /api/openapi/v1.json.
/// </summary>
internal static class ReaderApi
{
    public const int MaxLimit = 100;

    public static void MapReaderApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/stories", (Func<NewsStore> open, string? lang, string? category, string? tag, bool? featured, string? since, int? page, int? limit) =>
        {
            if (Invalid(lang, page, limit, since, out var sinceDay) is { } problem)
            {
                return problem;
            }

            using var store = open();
            var query = new BriefQuery
            {
                Language = lang,
                Category = category,
                Tag = tag,
                FeaturedOnly = featured ?? false,
                Since = sinceDay,
                Page = page ?? 1,
                PageSize = limit ?? BriefQuery.DefaultPageSize,
            };
            var (briefs, total) = store.Briefs.Page(query);
            return Json(new ApiStoryPage(query.Page, query.PageSize, total, briefs.Select(ApiStory.From).ToList()));
        })
        .WithSummary("Stories, newest first, one page at a time")
        .WithDescription("Filters: lang (en|de), category, tag, featured, since (yyyy-MM-dd, first published on or after). page from 1, limit 1–100 (default 30).")
        .Produces<ApiStoryPage>().ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/stories/{id}", (Func<NewsStore> open, string id, string? lang) =>
        {
            if (InvalidLanguage(lang) is { } problem)
            {
                return problem;
            }

            using var store = open();
            // A story id (what lists and threads give) or a brief's slug (what the reader's addresses show).
            var brief = store.Briefs.OfStory(id, lang) ?? store.Briefs.Find(lang ?? "en", id) ?? (lang is null ? store.Briefs.Find("de", id) : null);
            return brief is null ? Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"no story with the id or slug \"{id}\"") : Json(brief);
        })
        .WithSummary("One story's whole brief, by story id or slug")
        .Produces<StoryBrief>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/stories/{id}/versions", (Func<NewsStore> open, string id, string? lang) =>
        {
            if (InvalidLanguage(lang) is { } problem)
            {
                return problem;
            }

            using var store = open();
            var brief = store.Briefs.OfStory(id, lang) ?? store.Briefs.Find(lang ?? "en", id) ?? (lang is null ? store.Briefs.Find("de", id) : null);
            return brief is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"no story with the id or slug \"{id}\"")
                : Json(new ApiVersions(brief.StoryId, brief.FrontMatter.Language, brief.FrontMatter.Version, store.Briefs.History(brief.StoryId, brief.FrontMatter.Language)));
        })
        .WithSummary("Every version of a story's brief in one language, oldest first: time, headline, TL;DR, sources, what it added and dropped")
        .Produces<ApiVersions>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/threads/{id}", (Func<NewsStore> open, string id) =>
        {
            using var store = open();
            var thread = store.Stories.Thread(id);
            return thread is null
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, detail: $"no thread with the id \"{id}\"")
                : Json(new ApiThread(thread.Id, store.Briefs.InThread(id).Select(ApiThreadStory.From).ToList()));
        })
        .WithSummary("A thread's stories in time order, each brief with its address")
        .Produces<ApiThread>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/search", (Func<NewsStore> open, string? q) =>
        {
            using var store = open();
            return Json(string.IsNullOrWhiteSpace(q) ? [] : store.Briefs.Search(q).Select(h => h.Card).ToList());
        })
        .WithSummary("Full-text search over the briefs' text, best first")
        .Produces<List<BriefCard>>();
    }

    private static IResult? Invalid(string? lang, int? page, int? limit, string? since, out DateOnly? sinceDay)
    {
        sinceDay = null;
        if (InvalidLanguage(lang) is { } problem)
        {
            return problem;
        }

        if (page is < 1)
        {
            return BadRequest("page starts at 1");
        }

        if (limit is < 1 or > MaxLimit)
        {
            return BadRequest($"limit must be between 1 and {MaxLimit}");
        }

        if (since is not null)
        {
            if (!DateOnly.TryParseExact(since, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return BadRequest($"since must be a date written yyyy-MM-dd, not \"{since}\"");
            }

            sinceDay = day;
        }

        return null;
    }

    private static IResult? InvalidLanguage(string? lang) =>
        lang is null || ReaderSite.IsLanguage(lang) ? null : BadRequest($"lang must be en or de, not \"{lang}\"");

    private static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: detail);

    private static IResult Json<T>(T value) => Results.Json(value, JsonExport.Options);
}
