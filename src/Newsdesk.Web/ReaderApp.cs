using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Web.Endpoints;

namespace Newsdesk.Web;

/// <summary>Builds the reader: HTML pages and the JSON API over the store, with strict security headers.</summary>
public static class ReaderApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(NewsdeskSettings settings, string[]? args = null, string? urls = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start (port in use, a bad --urls) is reported by the command in one line; the host's own log of it is a
        // stack trace on stdout.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        // Loopback only unless the operator names other addresses.
        builder.WebHost.UseUrls(urls ?? DefaultUrl);
        builder.Services.AddSingleton(settings);
        // Bring the schema up to date once; each request then borrows a pooled connection.
        var store = StoreLocation.Of(settings);
        bool readOnly;
        using (var opened = NewsStore.Open(store))
        {
            readOnly = opened.ReadOnly; // a data directory the reader may not write: served read-only
        }

        builder.Services.AddSingleton<Func<NewsStore>>(() => NewsStore.OpenForReading(store, readOnly));

        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.Use(SecurityHeaders.Apply);
        // HEAD is answered as GET without the body (Kestrel sends none for a HEAD request), so every page answers it.
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }

            await next(context);
        });
        app.UseStatusCodePages(ErrorResponses.WriteAsync);
        // A store that fails (damaged, unreachable) answers 503 with the reader's error page and one logged line, never a 500.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (StoreFaults.Describe(ex) is { } fault && !context.Response.HasStarted)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Newsdesk.Store").LogError("{Fault}", fault);
                NewsStore.ForgetConnections();
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            }
        });
        // Routing after the HEAD rewrite (left implicit, it would run first and answer HEAD with 405).
        app.UseRouting();
        app.MapReaderPages();
        app.MapReaderApi();
        app.MapOpenApi("/api/openapi/{documentName}.json");
        return app;
    }
}
