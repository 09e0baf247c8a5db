using MetricAssistant.Application.Audit;
using Xunit.Abstractions;

namespace MetricAssistant.Infrastructure.Tests.Audit;

/// <summary>
/// The hash chain, run once per store: a clean chain verifies (also under concurrent writers); a deleted entry, an
/// edited value, a reordered pair, an inserted entry and a removed hash are each caught at the first bad entry.
/// Tampering is done with SQL on the table, as someone with database access would.
/// </summary>
public abstract class AuditChainContractTests(ITestOutputHelper output) : AuditLogContractTests(output)
{
    /// <summary>Runs a statement on the store's table directly (no parameters: the tests' own fixed SQL).</summary>
    protected abstract Task TamperAsync(string sql);

    private async Task<(IAuditLog Store, IAuditChain Chain, IReadOnlyList<AuditEntry> Entries)> FiveAsync()
    {
        SkipIfUnavailable();
        var store = Open();
        for (var i = 0; i < 5; i++) await store.RecordAsync(Entry(i, question: $"chained {i}"), CancellationToken.None);
        var entries = (await store.ReadAsync(new AuditFilter(), CancellationToken.None)).OrderBy(e => e.Seal!.Id).ToArray();
        return (store, (IAuditChain)store, entries);
    }

    private static long Id(IReadOnlyList<AuditEntry> entries, int index) => entries[index].Seal!.Id;

    [SkippableFact]
    public async Task A_clean_chain_verifies_and_names_its_head()
    {
        var (_, chain, entries) = await FiveAsync();
        var result = await chain.VerifyAsync(CancellationToken.None);
        Assert.True(result.Valid, result.FirstBreak?.Message);
        Assert.Equal(5, result.Checked);
        Assert.Equal(5, result.HeadSeq);
        Assert.Equal(entries[^1].Seal!.Hash, result.HeadHash);
        Assert.Equal(AuditChain.Genesis, entries[0].Seal!.PreviousHash);
        Assert.Equal(entries[0].Seal!.Hash, entries[1].Seal!.PreviousHash);
        var found = await chain.FindAsync(Id(entries, 2), CancellationToken.None);
        Assert.Equal("chained 2", found!.Question);
        Assert.Null(await chain.FindAsync(999_999, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Concurrent_writers_through_several_store_objects_still_make_one_valid_chain()
    {
        SkipIfUnavailable();
        var stores = Enumerable.Range(0, 4).Select(_ => Open()).ToArray();
        await Task.WhenAll(Enumerable.Range(0, 80).Select(i => Task.Run(() => stores[i % 4].RecordAsync(Entry(i % 60, question: $"racing {i}"), CancellationToken.None))));
        var result = await ((IAuditChain)stores[0]).VerifyAsync(CancellationToken.None);
        Assert.True(result.Valid, result.FirstBreak?.Message);
        Assert.Equal(80, result.Checked);
        Assert.Equal(80, result.HeadSeq);
    }

    [SkippableFact]
    public async Task A_deleted_entry_is_caught_at_the_entry_after_it()
    {
        var (_, chain, entries) = await FiveAsync();
        await TamperAsync($"DELETE FROM audit_log WHERE id = {Id(entries, 2)}");
        var result = await chain.VerifyAsync(CancellationToken.None);
        Assert.False(result.Valid);
        Assert.Equal(AuditBreakKind.Deleted, result.FirstBreak!.Kind);
        Assert.Equal(Id(entries, 3), result.FirstBreak.EntryId);
        Assert.Equal(2, result.HeadSeq);
    }

    [SkippableFact]
    public async Task An_edited_value_is_caught_at_that_entry()
    {
        var (_, chain, entries) = await FiveAsync();
        await TamperAsync($"UPDATE audit_log SET row_count = 99 WHERE id = {Id(entries, 1)}");
        var result = await chain.VerifyAsync(CancellationToken.None);
        Assert.Equal(AuditBreakKind.Altered, result.FirstBreak!.Kind);
        Assert.Equal(Id(entries, 1), result.FirstBreak.EntryId);
        Assert.Contains("edited", result.FirstBreak.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_reordered_pair_is_caught_at_the_first_of_the_two()
    {
        var (_, chain, entries) = await FiveAsync();
        // Swap the ids of entries 2 and 3 (through a free id), so they read in the other order.
        var (a, b) = (Id(entries, 2), Id(entries, 3));
        await TamperAsync($"UPDATE audit_log SET id = 1000000 WHERE id = {a}");
        await TamperAsync($"UPDATE audit_log SET id = {a} WHERE id = {b}");
        await TamperAsync($"UPDATE audit_log SET id = {b} WHERE id = 1000000");
        var result = await chain.VerifyAsync(CancellationToken.None);
        Assert.Equal(AuditBreakKind.Reordered, result.FirstBreak!.Kind);
        Assert.Equal(a, result.FirstBreak.EntryId);
    }

    [SkippableFact]
    public async Task An_inserted_copy_of_an_entry_is_caught()
    {
        var (_, chain, entries) = await FiveAsync();
        // A copy of entry 1, its hash and link included, appended after the others (its chain position cannot be copied: it is unique).
        await TamperAsync($"INSERT INTO audit_log ({Columns}) SELECT {Columns} FROM audit_log WHERE id = {Id(entries, 1)}");
        var result = await chain.VerifyAsync(CancellationToken.None);
        Assert.Equal(AuditBreakKind.Inserted, result.FirstBreak!.Kind);
        Assert.True(result.FirstBreak.EntryId > Id(entries, 4));
        Assert.Equal(5, result.HeadSeq);
    }

    [SkippableFact]
    public async Task An_entry_without_a_hash_after_the_chain_started_is_caught()
    {
        var (_, chain, entries) = await FiveAsync();
        await TamperAsync($"INSERT INTO audit_log (time_utc, time_offset_minutes, user_id, caller_kind, door, status, row_count, duration_ms) " +
            $"SELECT time_utc, time_offset_minutes, 'forged', caller_kind, door, status, row_count, duration_ms FROM audit_log WHERE id = {Id(entries, 4)}");
        var result = await chain.VerifyAsync(CancellationToken.None);
        Assert.Equal(AuditBreakKind.Inserted, result.FirstBreak!.Kind);
        Assert.Contains("no hash", result.FirstBreak.Message, StringComparison.Ordinal);
    }

    // Every column but the id and the (unique) chain position, for copying a row.
    private const string Columns = "time_utc, time_offset_minutes, user_id, caller_kind, door, question, status, metric_id, metric_version, sql, scope_json, row_count, duration_ms, error_code, prev_hash, hash";
}
