using Dapper;
using MetricAssistant.Application.Audit;
using MetricAssistant.Infrastructure.Audit;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace MetricAssistant.Infrastructure.Tests.Audit;

public sealed class SqliteAuditLogTests(ITestOutputHelper output) : AuditChainContractTests(output)
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-audit-{Guid.NewGuid():N}");

    private string DatabasePath => Path.Combine(directory, "nested", "audit.db");

    protected override void SkipIfUnavailable()
    {
    }

    protected override IAuditLog CreateStore() => new SqliteAuditLog(DatabasePath);

    protected override async Task TamperAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql);
    }

    [Fact]
    public async Task An_older_file_gains_the_new_columns_and_its_entries_stay_readable_and_unchained()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using (var old = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            await old.OpenAsync();
            await old.ExecuteAsync("""
                CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, time_utc TEXT NOT NULL, time_offset_minutes INTEGER NOT NULL, user_id TEXT NOT NULL,
                    caller_kind TEXT NOT NULL, door TEXT NOT NULL, question TEXT, status TEXT NOT NULL, metric_id TEXT, metric_version INTEGER, sql TEXT,
                    scope_json TEXT, row_count INTEGER NOT NULL, duration_ms REAL NOT NULL, error_code TEXT);
                INSERT INTO audit_log (time_utc, time_offset_minutes, user_id, caller_kind, door, question, status, row_count, duration_ms)
                    VALUES ('2025-07-01T01:00:00.0000000Z', 480, 'ceo', 'demo', 'ask', 'old question', 'answered', 1, 3.5);
                """);
        }
        var store = Open();
        await store.RecordAsync(Entry(5, question: "new question"), CancellationToken.None);
        var all = await store.ReadAsync(new AuditFilter(), CancellationToken.None);
        Assert.Equal(["new question", "old question"], all.Select(e => e.Question));
        Assert.Null(all[1].Seal!.Hash);
        var result = await ((IAuditChain)store).VerifyAsync(CancellationToken.None);
        Assert.True(result.Valid, result.FirstBreak?.Message);
        Assert.Equal(1, result.Unchained);
        Assert.Equal(1, result.HeadSeq);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Creates_the_folder_the_table_and_the_indexes_on_first_use_in_WAL_mode()
    {
        var store = Open();
        Assert.False(File.Exists(DatabasePath));
        Assert.Empty(Content(await store.ReadAsync(new AuditFilter(), CancellationToken.None)));
        Assert.True(File.Exists(DatabasePath));

        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        var indexes = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' AND name LIKE 'ix_%' ORDER BY name")).ToArray();
        Assert.Equal(["ix_audit_log_metric_time", "ix_audit_log_status_time", "ix_audit_log_time", "ix_audit_log_user_time"], indexes);
    }

    [Fact]
    public async Task An_entry_is_in_the_files_on_disk_as_soon_as_RecordAsync_returns()
    {
        var store = Open();
        await store.RecordAsync(Entry(1, question: "before"), CancellationToken.None);
        var entry = Entry(2, "fin_li", question: "must be on disk");
        await store.RecordAsync(entry, CancellationToken.None);

        // Without disposing the store: what a crash right now would leave behind is the database file and
        // its write-ahead log (the -shm index is rebuilt from them). Opening that copy must find the entry.
        var copy = Path.Combine(directory, "copy", "audit.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(DatabasePath, copy);
        if (File.Exists(DatabasePath + "-wal")) File.Copy(DatabasePath + "-wal", copy + "-wal");

        var reopened = new SqliteAuditLog(copy);
        try
        {
            var read = Content(await reopened.ReadAsync(new AuditFilter(UserId: "fin_li"), CancellationToken.None));
            Assert.Equal([entry], read);
        }
        finally
        {
            reopened.Dispose();
        }
    }

    [Fact]
    public async Task A_store_reading_first_and_a_second_store_writing_share_the_file()
    {
        var reader = Open();
        var writer = Open();
        Assert.Empty(Content(await reader.ReadAsync(new AuditFilter(), CancellationToken.None)));
        var entry = Entry(3);
        await writer.RecordAsync(entry, CancellationToken.None);
        Assert.Equal([entry], Content(await reader.ReadAsync(new AuditFilter(), CancellationToken.None)));
    }

    [Fact]
    public async Task Keeps_times_to_the_microsecond_like_postgres_so_entries_hash_the_same_in_both()
    {
        var store = Open();
        var precise = Entry(1) with { Time = new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.FromHours(8)).AddTicks(1_234_567) };
        await store.RecordAsync(precise, CancellationToken.None);
        Assert.Equal(precise.Time.UtcTicks - 7, (Content(await store.ReadAsync(new AuditFilter(), CancellationToken.None))).Single().Time.UtcTicks);
    }

    [Fact]
    public async Task Refuses_to_record_after_disposal()
    {
        var store = new SqliteAuditLog(DatabasePath);
        await store.RecordAsync(Entry(1), CancellationToken.None);
        store.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.RecordAsync(Entry(2), CancellationToken.None));
    }
}
