using System.Data.Common;
using Dapper;
using MetricAssistant.Infrastructure.Learning;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Governance.Requests;

/// <summary>
/// Metric requests in one SQLite file (the embedded default): WAL with <c>synchronous=FULL</c>, so a request or a
/// change is on disk when the call returns. The tables are created on first use.
/// </summary>
public sealed class SqliteRequestStore : SqlRequestStore
{
    private readonly SqliteFile file;

    public SqliteRequestStore(string path)
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
            CREATE TABLE IF NOT EXISTS {RequestTable.Requests} (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                title TEXT NOT NULL,
                question TEXT NOT NULL,
                description TEXT NULL,
                status TEXT NOT NULL,
                domain_en TEXT NOT NULL,
                domain_zh TEXT NOT NULL,
                routed_metric_id TEXT NULL,
                requester_id TEXT NOT NULL,
                door TEXT NOT NULL,
                teams_json TEXT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT NOT NULL,
                metric_id TEXT NULL);
            CREATE TABLE IF NOT EXISTS {RequestTable.Events} (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                request_id INTEGER NOT NULL REFERENCES {RequestTable.Requests} (id),
                kind TEXT NOT NULL,
                from_status TEXT NULL,
                status TEXT NULL,
                comment TEXT NULL,
                metric_id TEXT NULL,
                user_id TEXT NOT NULL,
                time TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS {RequestTable.Notifications} (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                request_id INTEGER NOT NULL REFERENCES {RequestTable.Requests} (id),
                event_id INTEGER NOT NULL REFERENCES {RequestTable.Events} (id),
                user_id TEXT NOT NULL,
                time TEXT NOT NULL,
                read_at TEXT NULL);
            """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        foreach (var index in RequestTable.Indexes)
            await setup.ExecuteAsync(new CommandDefinition(index, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
