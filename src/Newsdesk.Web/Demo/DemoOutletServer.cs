namespace Newsdesk.Web.Demo;

/// <summary>
/// Serves the demo outlets (feeds, article pages, home pages) over real HTTP on 127.0.0.1,
/// so the demo exercises the same fetching path as real subscriptions.
/// </summary>
public sealed class DemoOutletServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Edition _edition;

    private DemoOutletServer(WebApplication app, Uri baseUrl, DemoCorpus corpus, Edition edition)
    {
        _app = app;
        _edition = edition;
        BaseUrl = baseUrl;
        Corpus = corpus;
    }

    public Uri BaseUrl { get; }
    public DemoCorpus Corpus { get; }

    /// <summary>The reports the outlets hold back until <see cref="PublishLater"/>.</summary>
    public int LaterCount => Corpus.Articles.Count(a => a.Later);

    /// <summary>The outlets' feeds now list the later reports too (the demo's second run finds them).</summary>
    public void PublishLater() => _edition.Later = true;

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
        var edition = new Edition();

        foreach (var outlet in corpus.Outlets)
        {
            var own = corpus.Articles.Where(a => a.Outlet == outlet).ToList();
            List<DemoArticle> Published() => own.Where(a => edition.Later || !a.Later).ToList();
            app.MapGet(DemoFeedWriter.FeedPath(outlet), () =>
            {
                var (body, type) = DemoFeedWriter.Write(outlet, Published(), baseUrl!);
                return Results.Text(body, type);
            });
            app.MapGet($"/{outlet.Id}/", () => Results.Content(DemoPageTemplate.Home(outlet, Published()), "text/html; charset=utf-8"));
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
        return new DemoOutletServer(app, baseUrl, corpus, edition);
    }

    /// <summary>Whether the later reports are out.</summary>
    private sealed class Edition
    {
        public volatile bool Later;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
