extern alias QdrantClientLib;
using Grpc.Core;
using MetricAssistant.Retrieval.Tests.QdrantLoopback;
using QdrantClientLib::Qdrant.Client;
using Lib = QdrantClientLib::Qdrant.Client.Grpc;
using Loopback = global::Qdrant.Client.Grpc;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// The adapter and Qdrant.Client against the loopback Qdrant (services generated from Qdrant's .proto files, served
/// over h2c on a random loopback port): the same bodies as the real-server tests, on every run.
/// </summary>
public sealed class QdrantLoopbackStoreTests : IAsyncLifetime
{
    private LoopbackQdrantServer server = null!;

    public async Task InitializeAsync() => server = await LoopbackQdrantServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Collections_points_filters_and_counts_work_in_the_loopback_qdrant()
    {
        using var store = new QdrantVectorStore(server.Address);
        await QdrantStoreContract.Collections_points_filters_and_counts(store);
        Assert.Empty(server.Storage.Names);
    }

    [Fact]
    public async Task Large_upserts_and_deep_searches_work_in_the_loopback_qdrant()
    {
        using var store = new QdrantVectorStore(server.Address);
        await QdrantStoreContract.Large_upserts_and_deep_searches(store);
        // 600 points went out in requests of at most 256
        Assert.Equal([256, 256, 88], server.Storage.Calls.Where(c => c.Method == "Upsert").Select(c => c.Points));
    }

    [Fact]
    public async Task The_catalog_index_is_built_in_the_loopback_qdrant_once_per_catalog_version()
    {
        using var store = new QdrantVectorStore(server.Address);
        await QdrantStoreContract.The_catalog_index_is_built_once_per_catalog_version(store);
    }

    [Fact]
    public async Task Distances_score_as_the_collection_says()
    {
        using var client = Client();
        await QdrantServerContract.Distances_score_as_their_collection_says(client);
    }

    [Fact]
    public async Task Filters_and_payload_selectors_behave_as_in_qdrant()
    {
        using var client = Client();
        await QdrantServerContract.Filters_and_payload_selectors_behave_as_in_qdrant(client);
    }

    [Fact]
    public async Task Errors_carry_qdrants_status_codes()
    {
        using var client = Client();
        await QdrantServerContract.Errors_carry_qdrants_status_codes(client);
    }

    [Fact]
    public async Task A_collection_is_created_cosine_with_keyword_indexes_and_checked_when_it_exists()
    {
        using var store = new QdrantVectorStore(server.Address);
        await store.EnsureCollectionAsync("docs", 8, default);
        var info = server.Storage.Get("docs").Info();
        Assert.Equal((8ul, Loopback.Distance.Cosine), (info.Config.Params.VectorsConfig.Params.Size, info.Config.Params.VectorsConfig.Params.Distance));
        Assert.Equal(["kind", "metric_id", "status", "tags"], info.PayloadSchema.Keys.Order(StringComparer.Ordinal));
        Assert.All(info.PayloadSchema.Values, s => Assert.Equal(Loopback.PayloadSchemaType.Keyword, s.DataType));

        // a collection with another distance would score differently: refused, not used
        using var client = Client();
        await client.CreateCollectionAsync("dot", new Lib.VectorParams { Size = 8, Distance = Lib.Distance.Dot });
        var wrong = await Assert.ThrowsAsync<InvalidOperationException>(() => store.EnsureCollectionAsync("dot", 8, default));
        Assert.Contains("Dot", wrong.Message, StringComparison.Ordinal);

        // a collection whose creator stopped before its indexes were made gets them
        await client.CreateCollectionAsync("bare", new Lib.VectorParams { Size = 8, Distance = Lib.Distance.Cosine });
        await store.EnsureCollectionAsync("bare", 8, default);
        Assert.Equal(4, server.Storage.Get("bare").Info().PayloadSchema.Count);
    }

    [Fact]
    public async Task Two_replicas_creating_the_same_collection_at_once_both_succeed()
    {
        // both replicas are told the collection does not exist, so both create it and one gets ALREADY_EXISTS.
        // A create is held until the other replica's create arrives too: while it is held nothing exists, so the other
        // replica's question is answered "no" however late it runs (a loaded machine ran it after the first create).
        var (asked, creating) = (0, 0);
        var bothAsked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bothCreating = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        server.Storage.Gate = call =>
        {
            if (call.Method == "CreateCollection" && !bothCreating.Task.IsCompleted)
            {
                if (Interlocked.Increment(ref creating) == 2) bothCreating.TrySetResult();
                return bothCreating.Task;
            }
            if (call.Method != "CollectionExists" || bothAsked.Task.IsCompleted) return Task.CompletedTask;
            if (Interlocked.Increment(ref asked) == 2) bothAsked.TrySetResult();
            return bothAsked.Task;
        };
        using var first = new QdrantVectorStore(server.Address);
        using var second = new QdrantVectorStore(server.Address);
        await Task.WhenAll(first.EnsureCollectionAsync("shared", 4, default), second.EnsureCollectionAsync("shared", 4, default));
        Assert.Equal(2, server.Storage.CallsOf("CreateCollection", "shared"));
        Assert.Equal(["shared"], server.Storage.Names);
        Assert.Equal(4, server.Storage.Get("shared").Info().PayloadSchema.Count);
    }

    [Fact]
    public async Task The_api_key_is_sent_and_a_wrong_one_is_refused()
    {
        await using var guarded = await LoopbackQdrantServer.StartAsync(apiKey: "s3cret");
        using var keyed = new QdrantVectorStore(guarded.Address, "s3cret");
        await keyed.EnsureCollectionAsync("docs", 4, default);
        Assert.True(await keyed.CollectionExistsAsync("docs", default));

        using var anonymous = new QdrantVectorStore(guarded.Address);
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => anonymous.CollectionExistsAsync("docs", default))).StatusCode);
        using var wrong = new QdrantVectorStore(guarded.Address, "guess");
        Assert.Equal(StatusCode.Unauthenticated, (await Assert.ThrowsAsync<RpcException>(() => wrong.CountAsync("docs", default))).StatusCode);
    }

    private QdrantClient Client() => new(server.Address);
}
