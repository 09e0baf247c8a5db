using Grpc.Core;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// What <see cref="QdrantVectorStore"/> must do against a Qdrant server, run against the loopback server
/// (<see cref="QdrantLoopbackStoreTests"/>, always) and against a real one (<see cref="QdrantVectorStoreTests"/>,
/// where QDRANT_URL is set). Each run uses its own collections and deletes them.
/// </summary>
public static class QdrantStoreContract
{
    private static VectorPoint Point(ulong id, float[] vector, string kind, string? status, params string[] tags) =>
        new(id, vector, new VectorPayload { Kind = kind, Status = status, Tags = tags, MetricId = "m" + id, Text = "t" + id, Official = true });

    public static string NewCollection() => "test_" + Guid.NewGuid().ToString("N");

    public static async Task Collections_points_filters_and_counts(QdrantVectorStore store)
    {
        var collection = NewCollection();
        try
        {
            Assert.False(await store.CollectionExistsAsync(collection, default));
            Assert.Equal(0, await store.CountAsync(collection, default));
            await store.EnsureCollectionAsync(collection, 4, default);
            await store.EnsureCollectionAsync(collection, 4, default);
            Assert.True(await store.CollectionExistsAsync(collection, default));
            await Assert.ThrowsAsync<InvalidOperationException>(() => store.EnsureCollectionAsync(collection, 8, default));
            await store.UpsertAsync(collection,
            [
                Point(1, [1, 0, 0, 0], "metric", "published", "finance-sensitive"),
                Point(2, [0.9f, 0.1f, 0, 0], "metric", "deprecated"),
                Point(3, [0.8f, 0.2f, 0, 0], "dimension_value", null),
                Point(4, [0.5f, 0.5f, 0, 0], "metric", "published", "public"),
            ], default);
            Assert.Equal(4, await store.CountAsync(collection, default));

            float[] query = [1, 0, 0, 0];
            var all = await store.SearchAsync(collection, query, 10, null, default);
            Assert.Equal([1ul, 2ul, 3ul, 4ul], all.Select(h => h.Id));
            Assert.Equal(1f, all[0].Score, 4);
            // cosine: Qdrant normalises the stored vectors, so the score of (0.5, 0.5) is 1/sqrt(2), not 0.5
            Assert.Equal(MathF.Sqrt(0.5f), all[3].Score, 4);
            Assert.Equal(("metric", "published", "m1", true), (all[0].Payload.Kind, all[0].Payload.Status, all[0].Payload.MetricId, all[0].Payload.Official));
            Assert.Equal(["finance-sensitive"], all[0].Payload.Tags);
            Assert.Equal("t3", all[2].Payload.Text);
            Assert.Null(all[2].Payload.Status);

            Assert.Equal(2, (await store.SearchAsync(collection, query, 2, null, default)).Count);
            Assert.Empty(await store.SearchAsync(collection, query, 0, null, default));

            // the filter is applied before the top is chosen: the best accepted point is 4, not a filtered-out 1
            var published = await store.SearchAsync(collection, query, 1, new VectorFilter { Statuses = ["published"], ExcludedTags = ["finance-sensitive"] }, default);
            Assert.Equal(4ul, Assert.Single(published).Id);
            var kinds = await store.SearchAsync(collection, query, 10, new VectorFilter { Kinds = ["dimension_value"] }, default);
            Assert.Equal(3ul, Assert.Single(kinds).Id);
            var anyTags = await store.SearchAsync(collection, query, 10, new VectorFilter { AnyTags = ["public", "finance-sensitive"] }, default);
            Assert.Equal([1ul, 4ul], anyTags.Select(h => h.Id));
            // must_not on a field a point lacks: points 2 and 3 have no tags and pass
            var untagged = await store.SearchAsync(collection, query, 10, new VectorFilter { Kinds = ["metric", "dimension_value"], ExcludedTags = ["public", "finance-sensitive"] }, default);
            Assert.Equal([2ul, 3ul], untagged.Select(h => h.Id));
            var statuses = await store.SearchAsync(collection, query, 10, new VectorFilter { Statuses = ["deprecated", "published"] }, default);
            Assert.Equal([1ul, 2ul, 4ul], statuses.Select(h => h.Id));

            // an upsert replaces a point with the same id (payload and vector), so a repeated build adds nothing
            await store.UpsertAsync(collection, [Point(1, [0, 0, 0, 1], "metric", "published", "public")], default);
            Assert.Equal(4, await store.CountAsync(collection, default));
            var replaced = await store.SearchAsync(collection, new float[] { 0, 0, 0, 1 }, 1, null, default);
            Assert.Equal((1ul, "public"), (replaced[0].Id, Assert.Single(replaced[0].Payload.Tags)));

            // what Qdrant answers to a wrong vector size and to a missing collection
            var wrongSize = await Assert.ThrowsAsync<RpcException>(() => store.UpsertAsync(collection, [Point(9, [1, 0, 0], "metric", "published")], default));
            Assert.Equal(StatusCode.InvalidArgument, wrongSize.StatusCode);
            Assert.Contains("expected dim: 4, got 3", wrongSize.Status.Detail, StringComparison.Ordinal);
            Assert.Equal(4, await store.CountAsync(collection, default));
            var wrongQuery = await Assert.ThrowsAsync<RpcException>(() => store.SearchAsync(collection, new float[] { 1, 0 }, 3, null, default));
            Assert.Equal(StatusCode.InvalidArgument, wrongQuery.StatusCode);
            var missing = await Assert.ThrowsAsync<RpcException>(() => store.SearchAsync(NewCollection(), query, 3, null, default));
            Assert.Equal(StatusCode.NotFound, missing.StatusCode);
            var missingUpsert = await Assert.ThrowsAsync<RpcException>(() => store.UpsertAsync(NewCollection(), [Point(1, [1, 0, 0, 0], "metric", null)], default));
            Assert.Equal(StatusCode.NotFound, missingUpsert.StatusCode);
        }
        finally
        {
            await store.DeleteCollectionAsync(collection, default);
        }
        Assert.False(await store.CollectionExistsAsync(collection, default));
        await store.DeleteCollectionAsync(collection, default);
    }

    /// <summary>More points than one upsert request carries, and a top deeper than Qdrant's default limit of 10.</summary>
    public static async Task Large_upserts_and_deep_searches(QdrantVectorStore store)
    {
        var collection = NewCollection();
        try
        {
            await store.EnsureCollectionAsync(collection, 3, default);
            var points = Enumerable.Range(0, 600)
                .Select(i => Point((ulong)i, [1, i / 600f, 0], i % 2 == 0 ? "metric" : "synonym", "published"))
                .ToList();
            await store.UpsertAsync(collection, points, default);
            Assert.Equal(600, await store.CountAsync(collection, default));
            var hits = await store.SearchAsync(collection, new float[] { 1, 0, 0 }, 25, new VectorFilter { Kinds = ["synonym"] }, default);
            Assert.Equal(25, hits.Count);
            Assert.All(hits, h => Assert.Equal("synonym", h.Payload.Kind));
            Assert.Equal(Enumerable.Range(0, 25).Select(i => (ulong)(2 * i + 1)), hits.Select(h => h.Id));
            Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        }
        finally
        {
            await store.DeleteCollectionAsync(collection, default);
        }
    }

    public static async Task The_catalog_index_is_built_once_per_catalog_version(QdrantVectorStore store)
    {
        var settings = new MetricRetrievalSettings { CollectionPrefix = "test_" + Guid.NewGuid().ToString("N")[..8] };
        var first = new CountingEmbeddingGenerator();
        var built = await new CatalogIndexer(first, store, settings).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        try
        {
            Assert.Null(built.Info.DenseError);
            Assert.True(built.DenseEnabled);
            Assert.True(first.Embedded > 0);
            Assert.Equal(first.Embedded, await store.CountAsync(built.Info.VectorCollection!, default));
            Assert.Equal("aov", (await built.RetrieveDenseAsync("avrage order value", 3, null, CancellationToken.None)).First().MetricId);
            Assert.Equal("gmv", (await built.RetrieveAsync("旧口径销售额", 3, null, CancellationToken.None)).First().MetricId);

            var second = new CountingEmbeddingGenerator();
            var reused = await new CatalogIndexer(second, store, settings).BuildAsync(TestRepository.Catalog, CancellationToken.None);
            Assert.True(reused.Info.DenseReused);
            Assert.Equal(built.Info.VectorCollection, reused.Info.VectorCollection);
            Assert.Equal(0, second.Embedded);
            Assert.Equal("aov", (await reused.RetrieveDenseAsync("avrage order value", 3, null, CancellationToken.None)).First().MetricId);
        }
        finally
        {
            if (built.Info.VectorCollection is { } collection) await store.DeleteCollectionAsync(collection, default);
        }
    }
}
