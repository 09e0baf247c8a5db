using MetricAssistant.Retrieval.Tests.QdrantLoopback;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// Replicas with <c>Retrieval:VectorStore=qdrant</c>: each has its own adapter, client and embedding generator, and
/// all talk to one (loopback) Qdrant. The collection is named by catalog version and embedding, so replicas on the
/// same catalog share one collection and a newer catalog gets its own.
/// </summary>
public sealed class QdrantReplicaTests : IAsyncLifetime
{
    private static readonly MetricRetrievalSettings Settings = new() { UpsertBatchSize = 64 };
    private LoopbackQdrantServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackQdrantServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_second_replica_on_the_same_catalog_searches_the_first_ones_collection()
    {
        using var storeA = new QdrantVectorStore(server.Address);
        using var storeB = new QdrantVectorStore(server.Address);
        var embedderA = new CountingEmbeddingGenerator();
        var embedderB = new CountingEmbeddingGenerator();

        var a = await new CatalogIndexer(embedderA, storeA, Settings).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        var collection = a.Info.VectorCollection!;
        Assert.StartsWith("metric_docs_" + TestRepository.Catalog.ContentHash[..16] + "_", collection, StringComparison.Ordinal);
        Assert.Equal(embedderA.Embedded, server.Storage.PointsUpserted(collection));

        var b = await new CatalogIndexer(embedderB, storeB, Settings).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        Assert.Equal(collection, b.Info.VectorCollection);
        Assert.True(b.Info.DenseReused);
        Assert.Equal(0, embedderB.Embedded);
        Assert.Equal(embedderA.Embedded, server.Storage.PointsUpserted(collection)); // nothing upserted again
        Assert.Equal(1, server.Storage.CallsOf("CreateCollection", collection));
        Assert.Equal([collection], server.Storage.Names);

        var queriesBefore = server.Storage.CallsOf("Query", collection);
        var fromB = await b.RetrieveDenseAsync("avrage order value", 3, null, CancellationToken.None);
        Assert.Equal("aov", fromB.First().MetricId);
        Assert.True(server.Storage.CallsOf("Query", collection) > queriesBefore);
        Assert.Equal(
            (await a.RetrieveDenseAsync("avrage order value", 3, null, CancellationToken.None)).Select(c => c.MetricId),
            fromB.Select(c => c.MetricId));
    }

    [Fact]
    public async Task A_newer_catalog_gets_its_own_collection_and_never_reads_the_older_one()
    {
        using var oldReplica = new QdrantVectorStore(server.Address);
        using var newReplica = new QdrantVectorStore(server.Address);
        var old = await new CatalogIndexer(new CountingEmbeddingGenerator(), oldReplica, Settings).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        var oldCollection = old.Info.VectorCollection!;
        var oldCount = server.Storage.Get(oldCollection).Count(null);

        var newer = TestCatalogs.WithExtraAovSynonym("basket average");
        Assert.NotEqual(TestRepository.Catalog.ContentHash, newer.ContentHash);
        var embedder = new CountingEmbeddingGenerator();
        var callsBefore = server.Storage.Calls.Count;
        var built = await new CatalogIndexer(embedder, newReplica, Settings).BuildAsync(newer, CancellationToken.None);
        var newCollection = built.Info.VectorCollection!;

        Assert.NotEqual(oldCollection, newCollection);
        Assert.False(built.Info.DenseReused);
        Assert.Equal(embedder.Embedded, server.Storage.Get(newCollection).Count(null));
        Assert.Equal("aov", (await built.RetrieveDenseAsync("basket average", 3, null, CancellationToken.None)).First().MetricId);
        // the newer replica neither read nor wrote the older collection, which stays whole for replicas still on it
        Assert.DoesNotContain(server.Storage.Calls.Skip(callsBefore), c => c.Collection == oldCollection);
        Assert.Equal(oldCount, server.Storage.Get(oldCollection).Count(null));
        Assert.Equal("aov", (await old.RetrieveDenseAsync("avrage order value", 3, null, CancellationToken.None)).First().MetricId);
        Assert.Equal(new[] { oldCollection, newCollection }.Order(StringComparer.Ordinal), server.Storage.Names);
    }

    [Fact]
    public async Task A_replica_arriving_while_another_builds_completes_the_collection_without_breaking_that_build()
    {
        // A writes its first batch and is held at its second; B starts, finds a partial collection and writes its
        // first batch; then A is let go and finishes first, while B is held until A is done.
        var upserts = 0;
        var aHeld = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Storage.Gate = call =>
        {
            if (call.Method != "Upsert") return Task.CompletedTask;
            switch (Interlocked.Increment(ref upserts))
            {
                case 2:
                    aHeld.TrySetResult();
                    return bArrived.Task;
                case 3:
                    bArrived.TrySetResult();
                    return aDone.Task;
                default:
                    return Task.CompletedTask;
            }
        };
        using var storeA = new QdrantVectorStore(server.Address);
        using var storeB = new QdrantVectorStore(server.Address);
        var embedderA = new CountingEmbeddingGenerator();
        var embedderB = new CountingEmbeddingGenerator();

        var buildA = Task.Run(() => new CatalogIndexer(embedderA, storeA, Settings).BuildAsync(TestRepository.Catalog, CancellationToken.None));
        await aHeld.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var buildB = Task.Run(() => new CatalogIndexer(embedderB, storeB, Settings).BuildAsync(TestRepository.Catalog, CancellationToken.None));
        var a = await buildA.WaitAsync(TimeSpan.FromSeconds(60));
        aDone.TrySetResult();
        var b = await buildB.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Null(a.Info.DenseError);
        Assert.Null(b.Info.DenseError);
        Assert.True(a.DenseEnabled && b.DenseEnabled);
        var collection = a.Info.VectorCollection!;
        Assert.Equal(collection, b.Info.VectorCollection);
        Assert.Equal(0, server.Storage.CallsOf("DeleteCollection", collection));
        Assert.Equal(embedderA.Embedded, server.Storage.Get(collection).Count(null));
        Assert.Equal("aov", (await b.RetrieveDenseAsync("avrage order value", 3, null, CancellationToken.None)).First().MetricId);
    }
}
