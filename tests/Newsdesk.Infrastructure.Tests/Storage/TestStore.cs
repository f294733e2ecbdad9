using Newsdesk.Infrastructure.Storage;
using Newsdesk.Tests.Shared;

namespace Newsdesk.Infrastructure.Tests.Storage;

/// <summary>A fresh store on either engine: a SQLite file in a temporary folder, or a new database on the tests' private
/// PostgreSQL cluster. Tests that hold for both take the engine as a theory parameter (<see cref="Providers"/>).</summary>
internal sealed class TestStore : IDisposable
{
    private readonly TempDirectory _temp = new();

    public TestStore(StoreProvider provider) =>
        Location = provider == StoreProvider.Postgres
            ? StoreLocation.Postgres(PostgresCluster.NewDatabase())
            : StoreLocation.Sqlite(_temp.File("n.db"));

    public static TheoryData<StoreProvider> Providers => [StoreProvider.Sqlite, StoreProvider.Postgres];

    public StoreLocation Location { get; }

    public string Folder => _temp.Path;

    public NewsStore Open() => NewsStore.Open(Location);

    /// <summary>Runs a statement outside Newsdesk's code (as an older version or another tool would), on its own connection.</summary>
    public int Execute(string sql)
    {
        using System.Data.Common.DbConnection connection = Location.Provider == StoreProvider.Postgres
            ? new Npgsql.NpgsqlConnection(Location.Target)
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Location.Target};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    public void Dispose() => _temp.Dispose();
}
