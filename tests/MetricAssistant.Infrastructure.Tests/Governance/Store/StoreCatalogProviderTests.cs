using MetricAssistant.Application.Governance;
using MetricAssistant.Infrastructure.CatalogFiles;
using MetricAssistant.Infrastructure.Governance.Store;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Infrastructure.Tests.Governance.Store;

/// <summary>
/// The catalog served from the store: a write is seen within the poll interval (on the fake clock, no sleeping),
/// at once after <see cref="StoreCatalogProvider.Refresh"/>, and a broken document leaves the last good catalog in use.
/// </summary>
public sealed class StoreCatalogProviderTests
{
    private const string Aov = "catalog/metrics/aov.yaml";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryCatalogStore store;
    private readonly StoreCatalogProvider provider;

    public StoreCatalogProviderTests()
    {
        store = new InMemoryCatalogStore(time);
        var importer = new CatalogFolderImporter(store, new InMemoryImportLedger(), NullLogger<CatalogFolderImporter>.Instance);
        provider = new StoreCatalogProvider(store, time, NullLogger<StoreCatalogProvider>.Instance, ct => importer.StartAsync(Path.Combine(TestRepository.Root, "catalog"), ct));
    }

    private async Task<long> WriteAovAsync(Func<string, string> change)
    {
        var current = (await store.HistoryAsync(Aov, CancellationToken.None))[^1];
        var result = await store.WriteAsync([new DocumentWrite(Aov, change(current.Yaml), current.Revision, "fin_li", "test")], CancellationToken.None);
        return Assert.Single(result.Written).Revision;
    }

    [Fact]
    public async Task The_first_access_seeds_the_store_and_serves_the_same_catalog_as_the_folder()
    {
        var catalog = provider.Current;
        Assert.Equal(TestRepository.Catalog.Metrics.Keys.Order(StringComparer.Ordinal), catalog.Metrics.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, catalog.FindMetric("gmv")!.Version);
        Assert.Equal(await store.HeadAsync(CancellationToken.None), provider.HeadRevision);
    }

    [Fact]
    public async Task A_write_is_seen_within_the_poll_interval_and_at_once_after_Refresh()
    {
        var before = provider.Current;
        var revision = await WriteAovAsync(yaml => yaml.Replace("synonyms: [AOV,", "synonyms: [单均价, AOV,", StringComparison.Ordinal));

        time.Advance(StoreCatalogProvider.PollInterval - TimeSpan.FromMilliseconds(1));
        Assert.Same(before, provider.Current);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var after = provider.Current;
        Assert.NotSame(before, after);
        Assert.Contains("单均价", after.FindMetric("aov")!.Synonyms);
        Assert.Equal(revision, provider.HeadRevision);

        await WriteAovAsync(yaml => yaml.Replace("synonyms: [单均价,", "synonyms: [单均, 单均价,", StringComparison.Ordinal));
        Assert.Same(after, provider.Current);
        Assert.Contains("单均", provider.Refresh().FindMetric("aov")!.Synonyms);
    }

    [Fact]
    public async Task A_broken_document_keeps_the_last_good_catalog_until_it_is_fixed()
    {
        var good = provider.Current;
        var goodRevision = provider.HeadRevision;
        await WriteAovAsync(yaml => yaml.Replace("numerator: { metric: gmv }", "numerator: { metric: gmvv }", StringComparison.Ordinal));
        time.Advance(StoreCatalogProvider.PollInterval);
        Assert.Same(good, provider.Current);
        Assert.Equal(goodRevision, provider.HeadRevision);

        var fixedRevision = await WriteAovAsync(yaml => yaml.Replace("{ metric: gmvv }", "{ metric: gmv }", StringComparison.Ordinal).Replace("synonyms: [AOV,", "synonyms: [单均价, AOV,", StringComparison.Ordinal));
        time.Advance(StoreCatalogProvider.PollInterval);
        Assert.Contains("单均价", provider.Current.FindMetric("aov")!.Synonyms);
        Assert.Equal(fixedRevision, provider.HeadRevision);
    }

    [Fact]
    public async Task An_empty_store_on_a_folder_with_problems_stops_the_start_with_them_and_stays_empty()
    {
        using var folder = CatalogCopy.Of(TestRepository.Root);
        File.WriteAllText(Path.Combine(folder.Catalog, "metrics", "aov.yaml"),
            File.ReadAllText(Path.Combine(folder.Catalog, "metrics", "aov.yaml")).Replace("{ metric: gmv }", "{ metric: gmvv }", StringComparison.Ordinal));
        var empty = new InMemoryCatalogStore(time);
        var importer = new CatalogFolderImporter(empty, new InMemoryImportLedger(), NullLogger<CatalogFolderImporter>.Instance);
        var starting = new StoreCatalogProvider(empty, time, NullLogger<StoreCatalogProvider>.Instance, ct => importer.StartAsync(folder.Catalog, ct));

        var error = Assert.Throws<CatalogLoadException>(() => starting.Current);
        Assert.Contains(error.Problems, p => p.File == "catalog/metrics/aov.yaml" && p.Message.Contains("gmvv", StringComparison.Ordinal));
        Assert.Equal(0, await empty.HeadAsync(CancellationToken.None));
    }

    /// <summary>A store whose head query hangs until released, as a slow or stalled shared store would.</summary>
    private sealed class StalledHead(ICatalogStore inner) : ICatalogStore
    {
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int HeadCalls;

        public bool Stalled { get; set; }

        public async Task<long> HeadAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref HeadCalls);
            if (Stalled) await Release.Task;
            return await inner.HeadAsync(cancellationToken);
        }

        public Task<IReadOnlyList<StoredRevision>> CurrentAsync(CancellationToken cancellationToken) => inner.CurrentAsync(cancellationToken);

        public Task<IReadOnlyList<StoredRevision>> HistoryAsync(string path, CancellationToken cancellationToken) => inner.HistoryAsync(path, cancellationToken);

        public Task<StoreWriteResult> WriteAsync(IReadOnlyList<DocumentWrite> writes, CancellationToken cancellationToken) => inner.WriteAsync(writes, cancellationToken);
    }

    [Fact]
    public async Task Questions_read_the_catalog_without_waiting_for_the_store_and_a_change_arrives_without_anyone_asking()
    {
        var stalled = new StalledHead(store);
        var importer = new CatalogFolderImporter(store, new InMemoryImportLedger(), NullLogger<CatalogFolderImporter>.Instance);
        using var polled = new StoreCatalogProvider(stalled, time, NullLogger<StoreCatalogProvider>.Instance, ct => importer.StartAsync(Path.Combine(TestRepository.Root, "catalog"), ct));
        var before = polled.Current;
        await WriteAovAsync(yaml => yaml.Replace("synonyms: [AOV,", "synonyms: [单均价, AOV,", StringComparison.Ordinal));

        stalled.Stalled = true;
        time.Advance(StoreCatalogProvider.PollInterval);
        Assert.Equal(1, stalled.HeadCalls);
        // The poll hangs on the store; questions still get the catalog at once (this used to block every caller).
        var reading = Task.Run(() => Enumerable.Range(0, 100).Select(_ => polled.Current).Distinct().Single());
        Assert.Same(before, await reading.WaitAsync(TimeSpan.FromSeconds(10)));
        time.Advance(StoreCatalogProvider.PollInterval);
        Assert.Equal(1, stalled.HeadCalls); // one poll at a time: the tick is skipped while one is out

        stalled.Stalled = false;
        stalled.Release.SetResult();
        await WaitUntilAsync(() => !ReferenceEquals(before, polled.Current));
        Assert.Contains("单均价", polled.Current.FindMetric("aov")!.Synonyms);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(25);
        Assert.True(condition());
    }
}
