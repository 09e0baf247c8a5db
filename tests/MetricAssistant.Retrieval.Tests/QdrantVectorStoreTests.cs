extern alias QdrantClientLib;
using MetricAssistant.Retrieval;
using QdrantClientLib::Qdrant.Client;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// Against a real Qdrant where QDRANT_URL is set (its gRPC endpoint, e.g. http://localhost:6334; QDRANT_API_KEY
/// optional); reported as skipped everywhere else. The same bodies (<see cref="QdrantStoreContract"/>) run against
/// the loopback server in <see cref="QdrantLoopbackStoreTests"/> on every run.
/// </summary>
public sealed class QdrantVectorStoreTests
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("QDRANT_URL");

    private static QdrantVectorStore Store() => new(Server(), Environment.GetEnvironmentVariable("QDRANT_API_KEY"));

    private static QdrantClient Client() => new(Server(), Environment.GetEnvironmentVariable("QDRANT_API_KEY"));

    private static Uri Server()
    {
        Skip.If(string.IsNullOrWhiteSpace(Url), "QDRANT_URL is not set: no Qdrant server to test against");
        return new Uri(Url!);
    }

    [SkippableFact]
    public async Task Collections_points_filters_and_counts_work_in_qdrant()
    {
        using var store = Store();
        await QdrantStoreContract.Collections_points_filters_and_counts(store);
    }

    [SkippableFact]
    public async Task Large_upserts_and_deep_searches_work_in_qdrant()
    {
        using var store = Store();
        await QdrantStoreContract.Large_upserts_and_deep_searches(store);
    }

    [SkippableFact]
    public async Task The_catalog_index_is_built_in_qdrant_once_per_catalog_version()
    {
        using var store = Store();
        await QdrantStoreContract.The_catalog_index_is_built_once_per_catalog_version(store);
    }

    [SkippableFact]
    public async Task Distances_score_as_the_collection_says_in_qdrant()
    {
        using var client = Client();
        await QdrantServerContract.Distances_score_as_their_collection_says(client);
    }

    [SkippableFact]
    public async Task Filters_and_payload_selectors_behave_so_in_qdrant()
    {
        using var client = Client();
        await QdrantServerContract.Filters_and_payload_selectors_behave_as_in_qdrant(client);
    }

    [SkippableFact]
    public async Task Errors_carry_status_codes_in_qdrant()
    {
        using var client = Client();
        await QdrantServerContract.Errors_carry_qdrants_status_codes(client);
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
