using Newsdesk.Infrastructure.Config;
using Newsdesk.Infrastructure.Storage;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Web.Tests;

/// <summary>
/// The demo site served twice from the same data: from its SQLite store, and from a copy of that store in PostgreSQL
/// (a new database on the tests' private cluster, filled by `migrate`'s copier), so the two readers can be compared page by page.
/// </summary>
public sealed class PostgresDemoSite : DemoSiteBase
{
    private WebApplication? _postgresReader;

    public Uri PostgresReaderUrl { get; private set; } = null!;

    protected override async Task AfterStartAsync()
    {
        var connectionString = PostgresCluster.NewDatabase();
        using (var sqlite = NewsStore.Open(StoreLocation.Of(Settings)))
        using (var postgres = NewsStore.Open(StoreLocation.Postgres(connectionString)))
        {
            Assert.All(StoreCopier.Copy(sqlite, postgres), table => Assert.True(table.Matches, table.Table));
        }

        var settings = SettingsLoader.Load(Settings.DataDir);
        settings.Store = new StoreSettings { Provider = "postgres", ConnectionString = connectionString };
        _postgresReader = ReaderApp.Build(settings, urls: "http://127.0.0.1:0");
        await _postgresReader.StartAsync();
        PostgresReaderUrl = _postgresReader.BoundUrl();
    }

    public async Task<HttpResponseMessage> GetFromPostgresAsync(string path) => await Client.GetAsync(new Uri(PostgresReaderUrl, path));

    protected override async Task BeforeDisposeAsync()
    {
        if (_postgresReader is not null)
        {
            await _postgresReader.StopAsync();
            await _postgresReader.DisposeAsync();
        }
    }
}
