using Newsdesk.Core.Model;
using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Llm;
using Newsdesk.Infrastructure.Pipeline;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Llm;

/// <summary>One model-engine brief of the flood story against a fake model server, with a real store for the
/// ledger and cache.</summary>
internal sealed class ModelRun : IAsyncDisposable
{
    private readonly TempDirectory _temp = new();

    private ModelRun(FakeModelServer server) => Server = server;

    public FakeModelServer Server { get; }
    public NewsStore Store { get; private set; } = null!;

    /// <summary>Fast, short limits so fault tests take a second or two.</summary>
    public LlmSettings Settings { get; } = new() { Model = "cheap", TimeoutSeconds = 2, MaxAttempts = 2, RetryDelaySeconds = 0.05 };

    public static async Task<ModelRun> StartAsync()
    {
        var run = new ModelRun(await FakeModelServer.StartAsync());
        run.Settings.Endpoint = run.Server.OpenAiEndpoint;
        run.Store = NewsStore.Open(run._temp.File("newsdesk.db"));
        return run;
    }

    public async Task<(StoryBrief Brief, LlmTally Tally)> WriteAsync(string? language = null, params Article[] articles)
    {
        using var router = new ModelRouter(Settings, Store, TimeProvider.System);
        var engine = new LlmBriefEngine(router, translate: true);
        var brief = await AdHocBrief.WriteAsync(articles.Length > 0 ? articles : [FloodStory.English1, FloodStory.English2], language, new SiteSettings(), engine, CancellationToken.None);
        return (brief, engine.Tally);
    }

    /// <summary>Several briefs through one router, as one pipeline run writes them.</summary>
    public async Task<(IReadOnlyList<StoryBrief> Briefs, LlmTally Tally)> WriteSeveralAsync(int count)
    {
        using var router = new ModelRouter(Settings, Store, TimeProvider.System);
        var engine = new LlmBriefEngine(router, translate: false);
        var briefs = new List<StoryBrief>();
        for (var i = 0; i < count; i++)
        {
            briefs.Add(await AdHocBrief.WriteAsync([FloodStory.English1, FloodStory.English2], null, new SiteSettings(), engine, CancellationToken.None));
        }

        return (briefs, engine.Tally);
    }

    public IReadOnlyList<CostLine> Ledger => Store.LlmCalls.ByModel();

    public async ValueTask DisposeAsync()
    {
        Store.Dispose();
        await Server.DisposeAsync();
        _temp.Dispose();
    }
}
