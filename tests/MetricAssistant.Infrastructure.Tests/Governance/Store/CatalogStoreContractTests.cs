using MetricAssistant.Application.Governance;
using MetricAssistant.Infrastructure.Governance.Store;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Infrastructure.Tests.Governance.Store;

/// <summary>
/// What every <see cref="ICatalogStore"/> must do, run once per store (memory, SQLite, PostgreSQL): revisions appended
/// and read back in order, a conflict refuses the whole write, many concurrent writers from several clients lose
/// nothing, and a restart (a new store object on the same file or database) keeps everything.
/// </summary>
public abstract class CatalogStoreContractTests : IAsyncLifetime
{
    private readonly List<ICatalogStore> opened = [];

    protected readonly FakeTimeProvider Time = new(new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero));

    protected abstract void SkipIfUnavailable();

    /// <summary>A new store object on the same file or database as every other one this test opened (the same object for memory).</summary>
    protected abstract ICatalogStore CreateStore();

    /// <summary>False for the in-memory store: nothing survives its process, so it has no restart to test.</summary>
    protected virtual bool Persistent => true;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in opened.Distinct())
        {
            if (store is IAsyncDisposable d) await d.DisposeAsync();
        }
    }

    protected ICatalogStore Open()
    {
        var store = CreateStore();
        opened.Add(store);
        return store;
    }

    private static DocumentWrite Write(string path, string yaml, long? baseRevision, string author = "fin_li", string reason = "why", string? proposal = null) =>
        new(path, yaml, baseRevision, author, reason, proposal);

    [SkippableFact]
    public async Task Revisions_are_appended_and_read_back_in_order_with_who_when_and_why()
    {
        SkipIfUnavailable();
        var store = Open();
        Assert.Equal(0, await store.HeadAsync(CancellationToken.None));
        Assert.Empty(await store.CurrentAsync(CancellationToken.None));

        var first = await store.WriteAsync([Write("catalog/metrics/gmv.yaml", "metric: gmv\nversion: 1\n", null, "seed", "seeded"), Write("catalog/access/policy.yaml", "roles: []\n", null, "seed", "seeded")], CancellationToken.None);
        Assert.False(first.IsConflict);
        Assert.Equal([1L, 2L], first.Written.Select(r => r.Revision));
        Time.Advance(TimeSpan.FromMinutes(5));
        var second = await store.WriteAsync([Write("catalog/metrics/gmv.yaml", "metric: gmv\nversion: 2\n# 中文 ✓\n", 1, "fin_li", "按支付时间计", "p-7")], CancellationToken.None);
        Assert.Equal(3, Assert.Single(second.Written).Revision);

        Assert.Equal(3, await store.HeadAsync(CancellationToken.None));
        var current = await store.CurrentAsync(CancellationToken.None);
        Assert.Equal(["catalog/access/policy.yaml", "catalog/metrics/gmv.yaml"], current.Select(r => r.Path));
        var gmv = current[1];
        Assert.Equal((3L, "metric: gmv\nversion: 2\n# 中文 ✓\n", "fin_li", "按支付时间计", "p-7"), (gmv.Revision, gmv.Yaml, gmv.Author, gmv.Reason, gmv.ProposalId));
        Assert.Equal(Time.GetUtcNow(), gmv.At);

        var history = await store.HistoryAsync("catalog/metrics/gmv.yaml", CancellationToken.None);
        Assert.Equal([1L, 3L], history.Select(r => r.Revision));
        Assert.Equal("metric: gmv\nversion: 1\n", history[0].Yaml);
        Assert.Equal(("seed", "seeded", (string?)null), (history[0].Author, history[0].Reason, history[0].ProposalId));
        Assert.Empty(await store.HistoryAsync("catalog/metrics/nothing.yaml", CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_conflict_refuses_the_whole_write_and_names_the_document_that_moved()
    {
        SkipIfUnavailable();
        var store = Open();
        await store.WriteAsync([Write("a.yaml", "a1", null), Write("b.yaml", "b1", null)], CancellationToken.None);
        await store.WriteAsync([Write("b.yaml", "b2", 2)], CancellationToken.None);

        // a.yaml's base is right, b.yaml's is stale: nothing is written, not even a.yaml.
        var refused = await store.WriteAsync([Write("a.yaml", "a2", 1), Write("b.yaml", "b3", 2)], CancellationToken.None);
        Assert.True(refused.IsConflict);
        Assert.Empty(refused.Written);
        Assert.Equal("b.yaml", refused.ConflictPath);
        Assert.Equal((3L, "b2"), (refused.Current!.Revision, refused.Current.Yaml));

        // A document that must not exist yet, but does.
        var exists = await store.WriteAsync([Write("a.yaml", "again", null)], CancellationToken.None);
        Assert.Equal(("a.yaml", 1L), (exists.ConflictPath, exists.Current!.Revision));

        Assert.Equal(3, await store.HeadAsync(CancellationToken.None));
        Assert.Equal(["a1"], (await store.HistoryAsync("a.yaml", CancellationToken.None)).Select(r => r.Yaml));
        Assert.Equal(["b1", "b2"], (await store.HistoryAsync("b.yaml", CancellationToken.None)).Select(r => r.Yaml));
    }

    [SkippableFact]
    public async Task Concurrent_writers_from_several_clients_lose_nothing_and_every_revision_is_kept_in_order()
    {
        SkipIfUnavailable();
        const int Writers = 8, Writes = 25;
        const string Shared = "catalog/metrics/shared.yaml";
        await Open().WriteAsync([Write(Shared, "shared 0", null)], CancellationToken.None);

        // Each writer is its own client (its own store object on the same file or database, like a replica).
        var clients = Enumerable.Range(0, Writers).Select(_ => Open()).ToList();
        var conflicts = 0;
        await Task.WhenAll(clients.Select((store, w) => Task.Run(async () =>
        {
            for (var i = 0; i < Writes; i++)
            {
                var own = await store.WriteAsync([Write($"catalog/metrics/w{w}.yaml", $"w{w} #{i}", i == 0 ? null : (await store.HistoryAsync($"catalog/metrics/w{w}.yaml", CancellationToken.None))[^1].Revision)], CancellationToken.None);
                Assert.False(own.IsConflict);
                while (true)
                {
                    // Read, change, write against what was read; on a conflict read again, as a proposal is rebased.
                    var latest = (await store.HistoryAsync(Shared, CancellationToken.None))[^1];
                    var result = await store.WriteAsync([Write(Shared, $"{latest.Yaml}|w{w}#{i}", latest.Revision, $"user{w}")], CancellationToken.None);
                    if (!result.IsConflict) break;
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        var reader = Open();
        for (var w = 0; w < Writers; w++)
            Assert.Equal(Enumerable.Range(0, Writes).Select(i => $"w{w} #{i}"), (await reader.HistoryAsync($"catalog/metrics/w{w}.yaml", CancellationToken.None)).Select(r => r.Yaml));

        var shared = await reader.HistoryAsync(Shared, CancellationToken.None);
        Assert.Equal(1 + Writers * Writes, shared.Count);
        // Every revision builds on the one before it: none was overwritten or lost.
        for (var i = 1; i < shared.Count; i++) Assert.StartsWith(shared[i - 1].Yaml + "|", shared[i].Yaml, StringComparison.Ordinal);
        var last = shared[^1].Yaml.Split('|');
        for (var w = 0; w < Writers; w++)
            Assert.Equal(Enumerable.Range(0, Writes).Select(i => $"w{w}#{i}"), last.Where(p => p.StartsWith($"w{w}#", StringComparison.Ordinal)));

        var all = new List<StoredRevision>();
        foreach (var path in (await reader.CurrentAsync(CancellationToken.None)).Select(r => r.Path)) all.AddRange(await reader.HistoryAsync(path, CancellationToken.None));
        Assert.Equal(1 + 2 * Writers * Writes, all.Count);
        Assert.Equal(all.Count, all.Select(r => r.Revision).Distinct().Count());
        Assert.Equal(all.Max(r => r.Revision), await reader.HeadAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_restart_keeps_every_revision_and_the_import_ledger()
    {
        SkipIfUnavailable();
        Skip.IfNot(Persistent, "an in-memory store is gone with its process by design");
        var store = Open();
        await store.WriteAsync([Write("catalog/metrics/gmv.yaml", "v1", null, "seed")], CancellationToken.None);
        await store.WriteAsync([Write("catalog/metrics/gmv.yaml", "v2", 1, "fin_li", "因为")], CancellationToken.None);
        await ((ICatalogImportLedger)store).RecordAsync([new ImportMark("catalog/metrics/gmv.yaml", "abc", 1)], CancellationToken.None);

        var restarted = Open();
        Assert.NotSame(store, restarted);
        Assert.Equal(2, await restarted.HeadAsync(CancellationToken.None));
        Assert.Equal(["v1", "v2"], (await restarted.HistoryAsync("catalog/metrics/gmv.yaml", CancellationToken.None)).Select(r => r.Yaml));
        Assert.Equal("因为", (await restarted.CurrentAsync(CancellationToken.None))[0].Reason);
        Assert.Equal(new ImportMark("catalog/metrics/gmv.yaml", "abc", 1), (await ((ICatalogImportLedger)restarted).ReadAsync(CancellationToken.None))["catalog/metrics/gmv.yaml"]);
        var next = await restarted.WriteAsync([Write("catalog/metrics/gmv.yaml", "v3", 2)], CancellationToken.None);
        Assert.Equal(3, Assert.Single(next.Written).Revision);
    }
}

public sealed class InMemoryCatalogStoreContractTests : CatalogStoreContractTests
{
    private ICatalogStore? store;

    protected override void SkipIfUnavailable() { }

    protected override bool Persistent => false;

    protected override ICatalogStore CreateStore() => store ??= new InMemoryCatalogStore(Time);
}
