namespace Newsdesk.Web;

/// <summary>
/// The reader's language for a request: the one they chose with the language switch (a cookie set by /en/ or /de/),
/// else the first of English and German their browser asks for (Accept-Language, by quality), else the site's
/// default (Site:Language, English unless set).
/// </summary>
internal static class ReaderLanguage
{
    public const string Cookie = "lang";

    private static readonly string[] Supported = ["en", "de"];

    public static string Of(HttpRequest request, string fallback)
    {
        if (request.Cookies.TryGetValue(Cookie, out var chosen) && Supported.Contains(chosen))
        {
            return chosen;
        }

        var asked = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is not null && Supported.Contains(l));
        return asked ?? (Supported.Contains(fallback) ? fallback : "en");
    }

    /// <summary>Remembers a choice made with the language switch, for a year.</summary>
    public static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(Cookie, language, new CookieOptions { Path = "/", SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), HttpOnly = true });
}
