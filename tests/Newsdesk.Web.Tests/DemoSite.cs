using Newsdesk.Web.Demo;

namespace Newsdesk.Web.Tests;

/// <summary>The bundled demo corpus through the whole pipeline, served by the reader. Built once per test class.</summary>
public sealed class DemoSite : DemoSiteBase;

/// <summary>The demo's outlets, on whichever store a subclass chooses.</summary>
public abstract class DemoSiteBase : ReaderFixture
{
    protected override async Task<(IAsyncDisposable Outlets, IEnumerable<Uri> Feeds)> StartOutletsAsync()
    {
        var outlets = await DemoOutletServer.StartAsync(DemoCorpus.Load(RepositoryPaths.DemoCorpus));
        return (outlets, outlets.FeedUrls.ToList());
    }
}
