using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// The catalog's revisions in one SQLite file (the embedded default, <c>data/catalog.db</c>): WAL with
/// <c>synchronous=FULL</c>, so a published revision is on disk when the call returns. Writes take the file's write
/// lock first (<c>BEGIN IMMEDIATE</c>, waiting up to 30 s for another writer), so processes sharing the file are
/// serialised too. The tables are created on first use.
/// </summary>
public sealed class SqliteCatalogStore : SqlCatalogStore
{
    private readonly SqliteFile file;

    public SqliteCatalogStore(string path, TimeProvider time) : base(time)
    {
        file = new SqliteFile(path, CreateSchemaAsync);
    }

    /// <summary>The database file (absolute).</summary>
    public string Path => file.Path;

    protected override object Time(DateTimeOffset time) => SqlTime.Sqlite(time);

    protected override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // Not deferred: BEGIN IMMEDIATE takes the write lock now, before the base revisions are read.
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await file.OpenAsync(cancellationToken).ConfigureAwait(false);

    private static async Task CreateSchemaAsync(SqliteConnection setup, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await setup.ExecuteAsync(new CommandDefinition($"""
            CREATE TABLE IF NOT EXISTS {CatalogStoreTable.Revisions} (
                revision INTEGER PRIMARY KEY AUTOINCREMENT,
                path TEXT NOT NULL,
                yaml TEXT NOT NULL,
                author TEXT NOT NULL,
                at TEXT NOT NULL,
                reason TEXT NOT NULL,
                proposal_id TEXT NULL);
            CREATE TABLE IF NOT EXISTS {CatalogStoreTable.Imports} (
                path TEXT PRIMARY KEY,
                sha256 TEXT NOT NULL,
                revision INTEGER NOT NULL);
            {CatalogStoreTable.PathIndex};
            """, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
