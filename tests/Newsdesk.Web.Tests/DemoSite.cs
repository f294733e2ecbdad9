using Newsdesk.Web.Demo;

namespace Newsdesk.Web.Tests;

/// <summary>The bundled demo corpus through the whole pipeline, served by the reader. Built once per test class.</summary>
public sealed class DemoSite : DemoSiteBase;

/// <summary>The demo as `newsdesk demo` runs it: after the first run the outlets publish their later reports (the tram
/// strike ends in a pay deal that evening) and a second run follows the story to its second version.</summary>
public sealed class LivingDemoSite : DemoSiteBase
{
    protected override async Task AfterFirstRunAsync(IAsyncDisposable outlets, Infrastructure.Storage.NewsStore store, Infrastructure.Pipeline.PipelineRunner runner)
    {
        ((DemoOutletServer)outlets).PublishLater();
        store.Sources.MakeDue([]);
        await runner.RunOnceAsync(null, CancellationToken.None);
    }
}

/// <summary>The demo's outlets, on whichever store a subclass chooses.</summary>
public abstract class DemoSiteBase : ReaderFixture
{
    protected override async Task<(IAsyncDisposable Outlets, IEnumerable<Uri> Feeds)> StartOutletsAsync()
    {
        var outlets = await DemoOutletServer.StartAsync(DemoCorpus.Load(RepositoryPaths.DemoCorpus));
        return (outlets, outlets.FeedUrls.ToList());
    }
}
