using Microsoft.AspNetCore.Diagnostics;
using Newsdesk.Core.Publish.Html;
using Newsdesk.Infrastructure.Config;

namespace Newsdesk.Web.Endpoints;

/// <summary>A body for every error status: RFC 9457 problem details under /api/, a reader page with a way back elsewhere.</summary>
internal static class ErrorResponses
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(statusCode: status, title: status switch
            {
                404 => "Not found",
                400 => "Bad request",
                405 => "Method not allowed",
                503 => "Service unavailable",
                _ => "Error",
            }).ExecuteAsync(http);
            return;
        }

        var language = http.Request.Path.StartsWithSegments("/de") ? "de" : "en";
        var publisher = http.RequestServices.GetRequiredService<NewsdeskSettings>().Site.Publisher;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(ErrorPage.Render(status, language, publisher));
    }
}
