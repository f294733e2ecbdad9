using Newsdesk.Infrastructure.Publishing;

namespace Newsdesk.Web;

/// <summary>
/// The reader's language for a request: the one they chose with the language switch (a cookie set by /en/ or /de/),
/// else the first of English and German their browser asks for (Accept-Language, by quality), else the site's
/// default (Site:Language, English unless set).
/// </summary>
internal static class ReaderLanguage
{
    public const string Cookie = "lang";

    public static string Of(HttpRequest request, string fallback)
    {
        if (request.Cookies.TryGetValue(Cookie, out var chosen) && ReaderSite.IsLanguage(chosen))
        {
            return chosen;
        }

        var asked = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(ReaderSite.IsLanguage);
        return asked ?? (ReaderSite.IsLanguage(fallback) ? fallback : "en");
    }

    /// <summary>Remembers a choice made with the language switch, for a year.</summary>
    public static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(Cookie, language, new CookieOptions { Path = "/", SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), HttpOnly = true });
}
