using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Learning;

/// <summary>
/// Learned examples in one SQLite file (the embedded default): WAL with <c>synchronous=FULL</c>, so a sighting
/// or a review is on disk when the call returns. The tables are created on first use; each call opens its own
/// pooled connection (examples are rare next to questions).
/// </summary>
public sealed class SqliteExampleStore : SqlExampleStore
{
    private readonly SqliteFile file;

    public SqliteExampleStore(string path)
    {
        file = new SqliteFile(path, CreateSchemaAsync);
    }

    /// <summary>The database file (absolute).</summary>
    public string Path => file.Path;

    protected override object Time(DateTimeOffset time) => ExampleTable.SqliteTime(time);

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await file.OpenAsync(cancellationToken).ConfigureAwait(false);

    private static async Task CreateSchemaAsync(SqliteConnection setup, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await setup.ExecuteAsync(new CommandDefinition($"""
            CREATE TABLE IF NOT EXISTS {ExampleTable.Examples} (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                fingerprint TEXT NOT NULL UNIQUE,
                question TEXT NOT NULL,
                metrics_json TEXT NOT NULL,
                query_json TEXT NOT NULL,
                origin TEXT NOT NULL,
                status TEXT NOT NULL,
                count INTEGER NOT NULL,
                first_user TEXT NOT NULL,
                first_seen TEXT NOT NULL,
                last_user TEXT NOT NULL,
                last_seen TEXT NOT NULL,
                reviewed_by TEXT NULL,
                reviewed_at TEXT NULL);
            CREATE TABLE IF NOT EXISTS {ExampleTable.Sightings} (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                example_id INTEGER NOT NULL REFERENCES {ExampleTable.Examples} (id),
                question TEXT NOT NULL,
                user_id TEXT NOT NULL,
                seen_at TEXT NOT NULL,
                origin TEXT NOT NULL,
                query_json TEXT NOT NULL);
            """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var index in ExampleTable.Indexes)
            await setup.ExecuteAsync(new CommandDefinition(index, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
