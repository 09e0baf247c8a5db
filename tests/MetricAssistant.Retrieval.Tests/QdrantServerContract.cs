extern alias QdrantClientLib;
using Grpc.Core;
using QdrantClientLib::Qdrant.Client;
using QdrantClientLib::Qdrant.Client.Grpc;
using static QdrantClientLib::Qdrant.Client.Grpc.Conditions;
using QRange = QdrantClientLib::Qdrant.Client.Grpc.Range;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// Qdrant's own behaviour, through Qdrant.Client, beyond what the adapter uses today: distances other than cosine,
/// should / must_not / nested filters on integer and keyword payloads, payload selectors and its error codes. Run
/// against the loopback server always and against a real Qdrant where QDRANT_URL is set, so the loopback server is
/// held to what Qdrant does.
/// </summary>
public static class QdrantServerContract
{
    public static async Task Distances_score_as_their_collection_says(QdrantClient client)
    {
        var dot = QdrantStoreContract.NewCollection();
        var euclid = QdrantStoreContract.NewCollection();
        try
        {
            await client.CreateCollectionAsync(dot, new VectorParams { Size = 2, Distance = Distance.Dot });
            await client.CreateCollectionAsync(euclid, new VectorParams { Size = 2, Distance = Distance.Euclid });
            PointStruct[] points =
            [
                new() { Id = 1ul, Vectors = new float[] { 2, 0 } },
                new() { Id = 2ul, Vectors = new float[] { 1, 0.5f } },
                new() { Id = 3ul, Vectors = new float[] { 0, 3 } },
            ];
            await client.UpsertAsync(dot, points);
            await client.UpsertAsync(euclid, points);
            float[] query = [1, 1];

            // dot product on the vectors as given (cosine would rank 2 first)
            var byDot = await client.QueryAsync(dot, query, limit: 3);
            Assert.Equal([3ul, 1ul, 2ul], byDot.Select(p => p.Id.Num));
            Assert.Equal([3f, 2f, 1.5f], byDot.Select(p => p.Score));
            // euclidean distance, smallest first
            var byDistance = await client.QueryAsync(euclid, query, limit: 3);
            Assert.Equal([2ul, 1ul, 3ul], byDistance.Select(p => p.Id.Num));
            Assert.Equal(0.5f, byDistance[0].Score, 4);
            Assert.Equal(MathF.Sqrt(5), byDistance[2].Score, 4);

            var info = await client.GetCollectionInfoAsync(dot);
            Assert.Equal((2ul, Distance.Dot, 3ul), (info.Config.Params.VectorsConfig.Params.Size, info.Config.Params.VectorsConfig.Params.Distance, info.PointsCount));
        }
        finally
        {
            await client.DeleteCollectionAsync(dot);
            await client.DeleteCollectionAsync(euclid);
        }
    }

    public static async Task Filters_and_payload_selectors_behave_as_in_qdrant(QdrantClient client)
    {
        var collection = QdrantStoreContract.NewCollection();
        try
        {
            await client.CreateCollectionAsync(collection, new VectorParams { Size = 2, Distance = Distance.Cosine });
            await client.CreatePayloadIndexAsync(collection, "color", PayloadSchemaType.Keyword);
            await client.CreatePayloadIndexAsync(collection, "n", PayloadSchemaType.Integer);
            var points = new List<PointStruct>();
            string[] colors = ["red", "green", "blue"];
            for (var i = 1; i <= 6; i++)
            {
                var point = new PointStruct { Id = (ulong)i, Vectors = new float[] { 1, i / 10f } };
                point.Payload["n"] = i;
                point.Payload["color"] = colors[i % 3];
                if (i % 2 == 0) point.Payload["tags"] = new[] { "even", i > 3 ? "big" : "small" };
                points.Add(point);
            }
            await client.UpsertAsync(collection, points);
            Assert.Equal(6ul, await client.CountAsync(collection));
            float[] query = [1, 0];

            async Task<ulong[]> Ids(Filter filter) =>
                (await client.QueryAsync(collection, query, filter: filter, limit: 10)).Select(p => p.Id.Num).Order().ToArray();

            // should: at least one; must: all; must_not: none, and a point without the field passes it
            Assert.Equal(new ulong[] { 1ul, 3ul, 4ul }, await Ids(MatchKeyword("color", "green") | Match("n", 3)));
            Assert.Equal(new ulong[] { 2ul, 5ul }, await Ids(new Filter { Must = { MatchKeyword("color", "blue") } }));
            Assert.Equal(new ulong[] { 1ul, 2ul, 3ul, 5ul }, await Ids(new Filter { MustNot = { MatchKeyword("tags", "big") } }));
            // an array field matches when one of its elements does
            Assert.Equal(new ulong[] { 2ul }, await Ids(new Filter { Must = { MatchKeyword("tags", "even"), MatchKeyword("tags", "small") } }));
            Assert.Equal(new ulong[] { 4ul, 6ul }, await Ids(new Filter { Must = { Match("tags", ["big", "huge"]) } }));
            // a nested filter, and integers in a range
            Assert.Equal(new ulong[] { 5ul, 6ul }, await Ids(new Filter { Must = { Range("n", new QRange { Gte = 3 }), Conditions.Filter(new Filter { MustNot = { Match("n", 4), Match("n", 3) } }) } }));
            Assert.Equal(2ul, await client.CountAsync(collection, MatchKeyword("color", "red")));

            // the Query API returns no payload unless asked; include picks keys
            var bare = await client.QueryAsync(collection, query, limit: 1, payloadSelector: false);
            Assert.Empty(bare[0].Payload);
            var some = await client.QueryAsync(collection, query, limit: 1, payloadSelector: new WithPayloadSelector { Include = new PayloadIncludeSelector { Fields = { "n" } } });
            Assert.Equal(["n"], some[0].Payload.Keys);
            Assert.Equal(1L, some[0].Payload["n"].IntegerValue);
            var offset = await client.QueryAsync(collection, query, limit: 2, offset: 1);
            Assert.Equal([2ul, 3ul], offset.Select(p => p.Id.Num));
        }
        finally
        {
            await client.DeleteCollectionAsync(collection);
        }
    }

    public static async Task Errors_carry_qdrants_status_codes(QdrantClient client)
    {
        var collection = QdrantStoreContract.NewCollection();
        try
        {
            await client.CreateCollectionAsync(collection, new VectorParams { Size = 2, Distance = Distance.Cosine });
            var twice = await Assert.ThrowsAsync<RpcException>(() => client.CreateCollectionAsync(collection, new VectorParams { Size = 2, Distance = Distance.Cosine }));
            Assert.Equal(StatusCode.AlreadyExists, twice.StatusCode);
            var missing = QdrantStoreContract.NewCollection();
            Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => client.GetCollectionInfoAsync(missing))).StatusCode);
            Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => client.CountAsync(missing))).StatusCode);
            // deleting a collection that is not there is not an error in Qdrant; the client reports result=false
            await Assert.ThrowsAsync<QdrantException>(() => client.DeleteCollectionAsync(missing));
            Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() =>
                client.CreateCollectionAsync(QdrantStoreContract.NewCollection(), new VectorParams { Size = 0, Distance = Distance.Cosine }))).StatusCode);
            Assert.Equal(StatusCode.InvalidArgument, (await Assert.ThrowsAsync<RpcException>(() =>
                client.UpsertAsync(collection, [new PointStruct { Id = 1ul, Vectors = new float[] { 1, 2, 3 } }]))).StatusCode);
        }
        finally
        {
            await client.DeleteCollectionAsync(collection);
        }
    }
}
