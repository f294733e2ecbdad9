namespace Newsdesk.Web.Demo;

/// <summary>
/// Serves the demo outlets (feeds, article pages, home pages) over real HTTP on 127.0.0.1,
/// so the demo exercises the same fetching path as real subscriptions.
/// </summary>
public sealed class DemoOutletServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DemoOutletServer(WebApplication app, Uri baseUrl, DemoCorpus corpus)
    {
        _app = app;
        BaseUrl = baseUrl;
        Corpus = corpus;
    }

    public Uri BaseUrl { get; }
    public DemoCorpus Corpus { get; }

    public IEnumerable<Uri> FeedUrls => Corpus.Outlets.Select(o => new Uri(BaseUrl, DemoFeedWriter.FeedPath(o)));

    /// <summary>Starts the outlets on <paramref name="port"/> when it is free, else on any free port (0 asks for any).
    /// A fixed port keeps the sources the demo's saved briefs link to at one address from one demo to the next.</summary>
    public static async Task<DemoOutletServer> StartAsync(DemoCorpus corpus, CancellationToken cancellationToken = default, int port = 0)
    {
        if (port > 0)
        {
            try
            {
                return await StartOnAsync(corpus, port, cancellationToken);
            }
            catch (IOException)
            {
                // Taken (another demo's outlets?): any free port will do for this run.
            }
        }

        return await StartOnAsync(corpus, 0, cancellationToken);
    }

    private static async Task<DemoOutletServer> StartOnAsync(DemoCorpus corpus, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        Uri? baseUrl = null;
        var byPath = corpus.Articles.ToDictionary(a => a.Path, StringComparer.Ordinal);

        foreach (var outlet in corpus.Outlets)
        {
            var own = corpus.Articles.Where(a => a.Outlet == outlet).ToList();
            app.MapGet(DemoFeedWriter.FeedPath(outlet), () =>
            {
                var (body, type) = DemoFeedWriter.Write(outlet, own, baseUrl!);
                return Results.Text(body, type);
            });
            app.MapGet($"/{outlet.Id}/", () => Results.Content(DemoPageTemplate.Home(outlet, own), "text/html; charset=utf-8"));
        }

        app.MapGet("/{outlet}/news/{file}", (string outlet, string file) =>
        {
            if (!byPath.TryGetValue($"/{outlet}/news/{file}", out var article))
            {
                return Results.NotFound();
            }

            var related = corpus.Articles.Where(a => a.Outlet == article.Outlet && a != article).Take(3).ToList();
            return Results.Content(DemoPageTemplate.Render(article, related, baseUrl!), "text/html; charset=utf-8");
        });

        await app.StartAsync(cancellationToken);
        baseUrl = app.BoundUrl();
        return new DemoOutletServer(app, baseUrl, corpus);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
