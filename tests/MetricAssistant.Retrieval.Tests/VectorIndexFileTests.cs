using System.Text;
using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// The index file's format 2: a compacted collection is read back in bulk, and a file of an older format, of
/// another embedding or catalog, truncated, or corrupt is rebuilt with a warning, never misread.
/// </summary>
public sealed class VectorIndexFileTests : IDisposable
{
    private static readonly VectorCollectionStamp Stamp = new("hashing|default|8|docs-v1|descriptions=False", "catalog-a");
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static VectorPoint Point(ulong id, float[] vector, string? metric = "m", params string[] tags) =>
        new(id, vector, new VectorPayload { Kind = "metric", Status = "published", MetricId = metric, Tags = tags, Field = "name_zh", Text = "文本 " + id, Official = id % 2 == 0 });

    private static float[] Sparse(params (int Index, float Value)[] values)
    {
        var v = new float[8];
        foreach (var (i, x) in values) v[i] = x;
        return v;
    }

    /// <summary>A compacted collection of sparse points (ids 1..n) and one dense point (id 100).</summary>
    private async Task<(EmbeddedVectorStore Store, string Path)> CompactedAsync(int n = 50)
    {
        var store = new EmbeddedVectorStore(directory.Path);
        await store.EnsureCollectionAsync("c", 8, Stamp, default);
        var points = Enumerable.Range(1, n).Select(i => Point((ulong)i, Sparse((i % 8, 1f), ((i + 3) % 8, i / 10f)), "m" + i % 5, i % 7 == 0 ? ["finance-sensitive"] : [])).ToList();
        points.Add(Point(100, [0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f], "dense"));
        await store.UpsertAsync("c", points.Take(20).ToList(), default);
        await store.UpsertAsync("c", points.Skip(20).ToList(), default);
        await store.CompactAsync("c", default);
        return (store, store.PathOf("c")!);
    }

    [Fact]
    public async Task A_compacted_file_is_one_snapshot_and_reads_back_the_same_search_results()
    {
        var (first, path) = await CompactedAsync();
        var header = VectorIndexFile.ReadHeader(path);
        Assert.Equal(header.SnapshotEnd, header.DataEnd); // no appended blocks left
        Assert.Equal(51, header.Count);
        Assert.Equal(Stamp, header.Stamp);

        var second = new EmbeddedVectorStore(directory.Path);
        Assert.True(await second.CollectionExistsAsync("c", Stamp, default));
        Assert.Equal(1, second.FilesLoaded);
        Assert.Equal(51, await second.CountAsync("c", default));
        foreach (var query in new[] { Sparse((1, 1f), (4, 0.5f)), Sparse((0, 1f)), [1f, 1f, 1f, 1f, 1f, 1f, 1f, 1f] })
        {
            var filter = new VectorFilter { ExcludedTags = ["finance-sensitive"] };
            var before = await first.SearchAsync("c", query, 10, filter, default);
            var after = await second.SearchAsync("c", query, 10, filter, default);
            Assert.Equal(before.Select(r => (r.Id, r.Score, r.Payload)), after.Select(r => (r.Id, r.Score, r.Payload)), Same);
            Assert.DoesNotContain(after, r => r.Payload.Tags.Contains("finance-sensitive"));
        }
    }

    private static readonly IEqualityComparer<(ulong Id, float Score, VectorPayload Payload)> Same = EqualityComparer<(ulong, float, VectorPayload)>.Create(
        (a, b) => a.Item1 == b.Item1 && Math.Abs(a.Item2 - b.Item2) < 1e-6 && a.Item3.Text == b.Item3.Text && a.Item3.MetricId == b.Item3.MetricId
                  && a.Item3.Status == b.Item3.Status && a.Item3.Kind == b.Item3.Kind && a.Item3.Official == b.Item3.Official && a.Item3.Tags.SequenceEqual(b.Item3.Tags),
        x => x.Item1.GetHashCode());

    [Fact]
    public async Task Points_written_after_the_snapshot_are_appended_and_override_it_on_reload()
    {
        var (first, path) = await CompactedAsync();
        await first.UpsertAsync("c", [Point(1, Sparse((6, 1f)), "moved"), Point(200, Sparse((7, 1f)), "new")], default);
        var header = VectorIndexFile.ReadHeader(path);
        Assert.True(header.DataEnd > header.SnapshotEnd);
        Assert.Equal(51, header.SnapshotCount);
        Assert.Equal(52, header.Count);

        var second = new EmbeddedVectorStore(directory.Path);
        Assert.Equal(52, await second.CountAsync("c", default));
        Assert.Equal("moved", (await second.SearchAsync("c", Sparse((6, 1f)), 1, null, default)).Single().Payload.MetricId);
        Assert.Equal(200ul, (await second.SearchAsync("c", Sparse((7, 1f)), 1, null, default)).Single().Id);

        // compacting again folds the block into the snapshot
        await second.CompactAsync("c", default);
        var compacted = VectorIndexFile.ReadHeader(path);
        Assert.Equal((52L, 52L), (compacted.Count, compacted.SnapshotCount));
        Assert.Equal(compacted.SnapshotEnd, compacted.DataEnd);
        Assert.Equal("moved", (await new EmbeddedVectorStore(directory.Path).SearchAsync("c", Sparse((6, 1f)), 1, null, default)).Single().Payload.MetricId);
    }

    [Fact]
    public async Task A_file_of_another_embedder_or_catalog_is_rebuilt_not_reused()
    {
        var (_, path) = await CompactedAsync();
        var logger = new WarningLogger<EmbeddedVectorStore>();
        var otherCatalog = new EmbeddedVectorStore(directory.Path, logger);
        Assert.False(await otherCatalog.CollectionExistsAsync("c", Stamp with { CatalogFingerprint = "catalog-b" }, default));
        Assert.False(File.Exists(path));
        Assert.Contains(logger.Warnings, w => w.Contains("catalog-a", StringComparison.Ordinal));

        (_, path) = await CompactedAsync();
        var otherEmbedder = new EmbeddedVectorStore(directory.Path);
        Assert.False(await otherEmbedder.CollectionExistsAsync("c", Stamp with { Embedder = "onnx|model|8|docs-v1|descriptions=True" }, default));
        // the indexer then creates it afresh under its own stamp
        await otherEmbedder.EnsureCollectionAsync("c", 8, Stamp with { Embedder = "onnx" }, default);
        Assert.Equal(0, await otherEmbedder.CountAsync("c", default));
        Assert.Equal("onnx", VectorIndexFile.ReadHeader(path).Stamp.Embedder);
    }

    [Fact]
    public async Task A_file_of_the_older_format_is_rebuilt_not_misread()
    {
        // format 1: magic, version 1, dimensions, count, end of data, collection name, then records
        var path = Path.Combine(directory.Path, "c" + EmbeddedVectorStore.FileExtension);
        var bytes = new byte[2048];
        using (var writer = new BinaryWriter(new MemoryStream(bytes), Encoding.UTF8))
        {
            writer.Write("MAVEC\0\0\u0001"u8.ToArray());
            writer.Write(1);
            writer.Write(8);
            writer.Write(1L);
            writer.Write(2048L);
            writer.Write("c");
        }
        await File.WriteAllBytesAsync(path, bytes);
        var logger = new WarningLogger<EmbeddedVectorStore>();
        var store = new EmbeddedVectorStore(directory.Path, logger);
        Assert.False(await store.CollectionExistsAsync("c", Stamp, default));
        Assert.False(File.Exists(path));
        Assert.Contains(logger.Warnings, w => w.Contains("format 1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("truncated snapshot")]
    [InlineData("flipped vector byte")]
    [InlineData("flipped header byte")]
    [InlineData("truncated block")]
    [InlineData("flipped block byte")]
    public async Task A_truncated_or_corrupt_file_is_detected_and_rebuilt_with_a_warning(string damage)
    {
        var (first, path) = await CompactedAsync();
        if (damage.Contains("block", StringComparison.Ordinal)) await first.UpsertAsync("c", [Point(300, Sparse((2, 1f)))], default);
        var header = VectorIndexFile.ReadHeader(path);
        var bytes = await File.ReadAllBytesAsync(path);
        switch (damage)
        {
            case "truncated snapshot": bytes = bytes[..(int)(header.SnapshotEnd - 100)]; break;
            case "flipped vector byte": bytes[header.SnapshotEnd - 10] ^= 0x40; break; // inside the last array: posting values
            case "flipped header byte": bytes[20] ^= 0x01; break; // inside the point count
            case "truncated block": bytes = bytes[..^6]; break;
            case "flipped block byte": bytes[header.DataEnd - 20] ^= 0x08; break;
        }
        await File.WriteAllBytesAsync(path, bytes);

        var logger = new WarningLogger<EmbeddedVectorStore>();
        var second = new EmbeddedVectorStore(directory.Path, logger);
        Assert.False(await second.CollectionExistsAsync("c", Stamp, default));
        Assert.Equal(0, await second.CountAsync("c", default));
        Assert.False(File.Exists(path));
        Assert.Single(logger.Warnings);
        // and it can be built again
        await second.EnsureCollectionAsync("c", 8, Stamp, default);
        await second.UpsertAsync("c", [Point(1, Sparse((1, 1f)))], default);
        Assert.Equal(1, await new EmbeddedVectorStore(directory.Path).CountAsync("c", default));
    }

    [Fact]
    public async Task The_indexer_leaves_a_compacted_file_that_the_next_start_reuses()
    {
        var catalog = TestRepository.Catalog;
        var first = await new CatalogIndexer(new HashingEmbeddingGenerator(), new EmbeddedVectorStore(directory.Path)).BuildAsync(catalog, CancellationToken.None);
        var file = Assert.Single(directory.IndexFiles());
        var header = VectorIndexFile.ReadHeader(file);
        Assert.Equal(header.SnapshotEnd, header.DataEnd);
        Assert.Equal(catalog.ContentHash, header.Stamp.CatalogFingerprint);
        Assert.StartsWith(HashingEmbeddingGenerator.Provider + "|", header.Stamp.Embedder, StringComparison.Ordinal);

        var store = new EmbeddedVectorStore(directory.Path);
        var second = await new CatalogIndexer(new HashingEmbeddingGenerator(), store).BuildAsync(catalog, CancellationToken.None);
        Assert.True(second.Info.DenseReused);
        Assert.Equal(1, store.FilesLoaded);
        Assert.Equal(
            (await first.RetrieveDenseAsync("avrage order value", 5, null, CancellationToken.None)).Select(c => c.MetricId),
            (await second.RetrieveDenseAsync("avrage order value", 5, null, CancellationToken.None)).Select(c => c.MetricId));
    }
}
