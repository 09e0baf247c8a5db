using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// Against a real Qdrant where QDRANT_URL is set (its gRPC endpoint, e.g. http://localhost:6334; QDRANT_API_KEY
/// optional); reported as skipped everywhere else.
/// </summary>
public sealed class QdrantVectorStoreTests
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("QDRANT_URL");

    private static QdrantVectorStore Store()
    {
        Skip.If(string.IsNullOrWhiteSpace(Url), "QDRANT_URL is not set: no Qdrant server to test against");
        return new QdrantVectorStore(new Uri(Url!), Environment.GetEnvironmentVariable("QDRANT_API_KEY"));
    }

    private static VectorPoint Point(ulong id, float[] vector, string kind, string? status, params string[] tags) =>
        new(id, vector, new VectorPayload { Kind = kind, Status = status, Tags = tags, MetricId = "m" + id, Text = "t" + id, Official = true });

    [SkippableFact]
    public async Task Collections_points_filters_and_counts_work_in_qdrant()
    {
        using var store = Store();
        var collection = "test_" + Guid.NewGuid().ToString("N");
        try
        {
            Assert.False(await store.CollectionExistsAsync(collection, default));
            await store.EnsureCollectionAsync(collection, 4, default);
            await store.EnsureCollectionAsync(collection, 4, default);
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
            Assert.Equal(1ul, all[0].Id);
            Assert.Equal(1f, all[0].Score, 4);
            Assert.Equal(("metric", "published", "m1", true), (all[0].Payload.Kind, all[0].Payload.Status, all[0].Payload.MetricId, all[0].Payload.Official));
            Assert.Equal(["finance-sensitive"], all[0].Payload.Tags);

            var published = await store.SearchAsync(collection, query, 1, new VectorFilter { Statuses = ["published"], ExcludedTags = ["finance-sensitive"] }, default);
            Assert.Equal(4ul, Assert.Single(published).Id);
            var kinds = await store.SearchAsync(collection, query, 10, new VectorFilter { Kinds = ["dimension_value"] }, default);
            Assert.Equal(3ul, Assert.Single(kinds).Id);
        }
        finally
        {
            await store.DeleteCollectionAsync(collection, default);
        }
        Assert.False(await store.CollectionExistsAsync(collection, default));
    }

    [SkippableFact]
    public async Task The_catalog_index_is_built_in_qdrant_once_per_catalog_version()
    {
        using var store = Store();
        var settings = new MetricRetrievalSettings { CollectionPrefix = "test_" + Guid.NewGuid().ToString("N")[..8] };
        var first = new CountingEmbeddingGenerator();
        var built = await new CatalogIndexer(first, store, settings).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        try
        {
            Assert.True(built.DenseEnabled);
            Assert.True(first.Embedded > 0);
            Assert.Equal("aov", (await built.RetrieveDenseAsync("avrage order value", 3, null, CancellationToken.None)).First().MetricId);
            Assert.Equal("gmv", (await built.RetrieveAsync("旧口径销售额", 3, null, CancellationToken.None)).First().MetricId);

            var second = new CountingEmbeddingGenerator();
            var reused = await new CatalogIndexer(second, store, settings).BuildAsync(TestRepository.Catalog, CancellationToken.None);
            Assert.True(reused.Info.DenseReused);
            Assert.Equal(0, second.Embedded);
        }
        finally
        {
            await store.DeleteCollectionAsync(built.Info.VectorCollection!, default);
        }
    }

    [Fact]
    public void Filters_become_qdrant_must_and_must_not_conditions()
    {
        Assert.Null(QdrantVectorStore.ToFilter(null));
        Assert.Null(QdrantVectorStore.ToFilter(new VectorFilter()));
        var filter = QdrantVectorStore.ToFilter(new VectorFilter
        {
            Kinds = ["metric"],
            Statuses = ["published", "deprecated"],
            AnyTags = ["public"],
            ExcludedTags = ["finance-sensitive"],
        })!;
        Assert.Equal(3, filter.Must.Count);
        Assert.Equal(["kind", "status", "tags"], filter.Must.Select(c => c.Field.Key));
        Assert.Equal(["published", "deprecated"], filter.Must[1].Field.Match.Keywords.Strings);
        Assert.Equal("tags", Assert.Single(filter.MustNot).Field.Key);
    }

    [Fact]
    public void Payloads_round_trip_through_qdrant_points()
    {
        var payload = new VectorPayload
        {
            Kind = "metric", Field = "synonym", Text = "旧口径销售额", MetricId = "sales_amount_legacy", Status = "deprecated",
            ReplacedBy = "gmv", Tags = ["a", "b"], Official = false, Family = "gmv",
        };
        var point = QdrantVectorStore.ToPoint(new VectorPoint(7, new float[] { 1, 2 }, payload));
        Assert.Equal(7ul, point.Id.Num);
        var back = QdrantVectorStore.FromPayload(point.Payload);
        Assert.Equal(payload with { Tags = [] }, back with { Tags = [] });
        Assert.Equal(payload.Tags, back.Tags);
    }
}
