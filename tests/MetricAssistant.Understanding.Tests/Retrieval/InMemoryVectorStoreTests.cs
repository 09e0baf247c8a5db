using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Understanding.Tests.Retrieval;

public sealed class InMemoryVectorStoreTests
{
    private static VectorPayload Payload(string kind = "metric", string? status = "published", params string[] tags) =>
        new() { Kind = kind, Status = status, Tags = tags, MetricId = "m" };

    private static float[] Random(Random random, int dimensions, double density)
    {
        var v = new float[dimensions];
        for (var i = 0; i < dimensions; i++) if (random.NextDouble() < density) v[i] = (float)(random.NextDouble() * 2 - 1);
        if (v.All(x => x == 0)) v[0] = 1;
        return v;
    }

    [Theory]
    [InlineData(0.05)] // sparse layout (feature hashing)
    [InlineData(1.0)]  // dense layout (neural embeddings)
    public async Task Search_is_exact_cosine_in_both_layouts(double density)
    {
        var random = new Random(7);
        var store = new InMemoryVectorStore();
        await store.EnsureCollectionAsync("c", 64, default);
        var points = Enumerable.Range(0, 500).Select(i => new VectorPoint((ulong)i, Random(random, 64, density), Payload())).ToList();
        await store.UpsertAsync("c", points, default);
        for (var q = 0; q < 20; q++)
        {
            var query = Random(random, 64, Math.Max(density, 0.2));
            var expected = points.Select(p => (p.Id, Score: InMemoryVectorStore.Cosine(query, p.Vector.Span)))
                .Where(p => p.Score > 0).OrderByDescending(p => p.Score).ThenBy(p => p.Id).Take(10).ToList();
            var actual = await store.SearchAsync("c", query, 10, null, default);
            // same scores rank by rank (ids may swap where scores differ only by float rounding), each score exact
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Score, actual[i].Score, 4);
                Assert.Equal(InMemoryVectorStore.Cosine(query, points[(int)actual[i].Id].Vector.Span), actual[i].Score, 4);
            }
        }
    }

    [Fact]
    public async Task Filters_apply_before_the_top_is_taken()
    {
        var store = new InMemoryVectorStore();
        await store.EnsureCollectionAsync("c", 4, default);
        await store.UpsertAsync("c",
        [
            new VectorPoint(1, new float[] { 1, 0, 0, 0 }, Payload("metric", "published", "finance-sensitive")),
            new VectorPoint(2, new float[] { 0.9f, 0.1f, 0, 0 }, Payload("metric", "deprecated")),
            new VectorPoint(3, new float[] { 0.8f, 0.2f, 0, 0 }, Payload("dimension_value", null)),
            new VectorPoint(4, new float[] { 0.5f, 0.5f, 0, 0 }, Payload("metric", "published", "public")),
        ], default);
        float[] query = [1, 0, 0, 0];

        async Task<ulong[]> Ids(VectorFilter? filter) => (await store.SearchAsync("c", query, 1, filter, default)).Select(r => r.Id).ToArray();
        Assert.Equal(new ulong[] { 1 }, await Ids(null));
        Assert.Equal(new ulong[] { 4 }, await Ids(new VectorFilter { Statuses = ["published"], ExcludedTags = ["finance-sensitive"] }));
        Assert.Equal(new ulong[] { 2 }, await Ids(new VectorFilter { Kinds = ["metric"], Statuses = ["deprecated"] }));
        Assert.Equal(new ulong[] { 3 }, await Ids(new VectorFilter { Kinds = ["dimension_value"] }));
        Assert.Equal(new ulong[] { 4 }, await Ids(new VectorFilter { AnyTags = ["public", "other"] }));
        Assert.Empty(await Ids(new VectorFilter { Kinds = ["nothing"] }));
    }

    [Fact]
    public async Task Upsert_replaces_points_with_the_same_id()
    {
        var store = new InMemoryVectorStore();
        await store.EnsureCollectionAsync("c", 2, default);
        await store.UpsertAsync("c", [new VectorPoint(1, new float[] { 1, 0 }, Payload())], default);
        await store.UpsertAsync("c", [new VectorPoint(1, new float[] { 0, 1 }, Payload())], default);
        Assert.Equal(1, await store.CountAsync("c", default));
        var hit = Assert.Single(await store.SearchAsync("c", new float[] { 0, 1 }, 5, null, default));
        Assert.Equal(1f, hit.Score, 5);
    }

    [Fact]
    public async Task Collections_check_dimensions()
    {
        var store = new InMemoryVectorStore();
        await store.EnsureCollectionAsync("c", 3, default);
        await store.EnsureCollectionAsync("c", 3, default);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.EnsureCollectionAsync("c", 4, default));
        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync("c", [new VectorPoint(1, new float[] { 1, 0 }, Payload())], default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.SearchAsync("missing", new float[] { 1 }, 1, null, default));
        Assert.Equal(0, await store.CountAsync("missing", default));
        await store.DeleteCollectionAsync("c", default);
        Assert.False(await store.CollectionExistsAsync("c", default));
    }
}
