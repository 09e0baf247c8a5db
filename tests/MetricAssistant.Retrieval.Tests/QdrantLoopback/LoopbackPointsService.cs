using Google.Protobuf.Collections;
using Grpc.Core;
using Qdrant.Client.Grpc;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>
/// Qdrant's <c>qdrant.Points</c> service (points_service.proto): upsert, payload indexes, count, query (nearest to
/// a dense vector or to a stored point, or id order) and the older search, with filters, limit, offset, score
/// threshold and payload/vector selectors. RPCs not overridden here answer UNIMPLEMENTED, as generated.
/// </summary>
public sealed class LoopbackPointsService(LoopbackQdrantStorage storage) : Points.PointsBase
{
    public override async Task<PointsOperationResponse> Upsert(UpsertPoints request, ServerCallContext context)
    {
        if (!storage.Exists(request.CollectionName)) throw LoopbackErrors.CollectionNotFound(request.CollectionName);
        if (request.UpdateFilter is not null || request.ShardKeySelector is not null) throw LoopbackErrors.NotModelled("update filters and shard keys");
        var batch = request.Points.Select(p => new LoopbackPoint(ValidId(p.Id), DenseOf(p), p.Payload)).ToList();
        await storage.EnterAsync("Upsert", request.CollectionName, batch.Count).ConfigureAwait(false);
        // looked up again: the collection may have been deleted while the upsert was held
        storage.Get(request.CollectionName).Upsert(batch, request.HasUpdateMode ? request.UpdateMode : UpdateMode.Upsert);
        return Completed();
    }

    public override async Task<PointsOperationResponse> CreateFieldIndex(CreateFieldIndexCollection request, ServerCallContext context)
    {
        var collection = storage.Get(request.CollectionName);
        if (string.IsNullOrEmpty(request.FieldName)) throw LoopbackErrors.Validation("field_name: must not be empty");
        await storage.EnterAsync("CreateFieldIndex", request.CollectionName).ConfigureAwait(false);
        collection.Index(request.FieldName, (request.HasFieldType ? request.FieldType : FieldType.Keyword) switch
        {
            FieldType.Keyword => PayloadSchemaType.Keyword,
            FieldType.Integer => PayloadSchemaType.Integer,
            FieldType.Float => PayloadSchemaType.Float,
            FieldType.Geo => PayloadSchemaType.Geo,
            FieldType.Text => PayloadSchemaType.Text,
            FieldType.Bool => PayloadSchemaType.Bool,
            FieldType.Datetime => PayloadSchemaType.Datetime,
            FieldType.Uuid => PayloadSchemaType.Uuid,
            var other => throw LoopbackErrors.WrongInput($"unknown field type {other}"),
        });
        return Completed();
    }

    public override Task<PointsOperationResponse> DeleteFieldIndex(DeleteFieldIndexCollection request, ServerCallContext context)
    {
        storage.Get(request.CollectionName).Unindex(request.FieldName);
        return Task.FromResult(Completed());
    }

    public override async Task<CountResponse> Count(CountPoints request, ServerCallContext context)
    {
        await storage.EnterAsync("Count", request.CollectionName).ConfigureAwait(false);
        var count = storage.Get(request.CollectionName).Count(request.Filter);
        return new CountResponse { Result = new CountResult { Count = (ulong)count } };
    }

    public override async Task<QueryResponse> Query(QueryPoints request, ServerCallContext context)
    {
        var collection = storage.Get(request.CollectionName);
        await storage.EnterAsync("Query", request.CollectionName).ConfigureAwait(false);
        if (request.Prefetch.Count > 0 || request.LookupFrom is not null || request.ShardKeySelector is not null)
            throw LoopbackErrors.NotModelled("prefetch, lookup_from and shard keys");
        CheckVectorName(request.HasUsing ? request.Using : "");
        var limit = request.HasLimit ? (int)request.Limit : 10;
        var offset = request.HasOffset ? (int)request.Offset : 0;
        var response = new QueryResponse();
        if (request.Query is null)
        {
            // no query: points by id, scores 0 (Qdrant's "scroll through query")
            response.Result.AddRange(collection.InIdOrder(request.Filter).Skip(offset).Take(limit)
                .Select(p => Scored(p, 0, request.WithPayload, request.WithVectors)));
            return response;
        }
        if (request.Query.VariantCase != Qdrant.Client.Grpc.Query.VariantOneofCase.Nearest)
            throw LoopbackErrors.NotModelled($"the {request.Query.VariantCase} query");
        var nearest = request.Query.Nearest;
        var vector = nearest.VariantCase switch
        {
            VectorInput.VariantOneofCase.Dense => nearest.Dense.Data.ToArray(),
            VectorInput.VariantOneofCase.Id => collection.VectorOf(nearest.Id),
            VectorInput.VariantOneofCase.None => throw LoopbackErrors.Validation("query.nearest is empty"),
            _ => throw LoopbackErrors.NotModelled($"{nearest.VariantCase} query vectors"),
        };
        var hits = collection.Nearest(vector, request.Filter, request.HasScoreThreshold ? request.ScoreThreshold : null);
        response.Result.AddRange(hits.Skip(offset).Take(limit).Select(h => Scored(h.Point, h.Score, request.WithPayload, request.WithVectors)));
        return response;
    }

    [Obsolete("Qdrant marks Search deprecated in favour of Query; served for clients that still call it")]
    public override async Task<SearchResponse> Search(SearchPoints request, ServerCallContext context)
    {
        var collection = storage.Get(request.CollectionName);
        await storage.EnterAsync("Search", request.CollectionName).ConfigureAwait(false);
        if (request.SparseIndices is not null) throw LoopbackErrors.NotModelled("sparse search");
        CheckVectorName(request.HasVectorName ? request.VectorName : "");
        if (request.Limit < 1) throw LoopbackErrors.Validation($"limit: value {request.Limit} invalid, must be 1 or greater");
        var hits = collection.Nearest(request.Vector.ToArray(), request.Filter, request.HasScoreThreshold ? request.ScoreThreshold : null);
        var response = new SearchResponse();
        response.Result.AddRange(hits.Skip(request.HasOffset ? (int)request.Offset : 0).Take((int)request.Limit)
            .Select(h => Scored(h.Point, h.Score, request.WithPayload, request.WithVectors)));
        return response;
    }

    private static PointsOperationResponse Completed() =>
        new() { Result = new UpdateResult { Status = UpdateStatus.Completed } };

    private static void CheckVectorName(string name)
    {
        if (name.Length > 0) throw LoopbackErrors.WrongInput($"Not existing vector name error: {name}");
    }

    private static PointId ValidId(PointId? id)
    {
        switch (id?.PointIdOptionsCase)
        {
            case PointId.PointIdOptionsOneofCase.Num:
                return id;
            case PointId.PointIdOptionsOneofCase.Uuid when Guid.TryParse(id.Uuid, out var guid):
                // Qdrant keeps UUIDs in their canonical hyphenated lower-case form
                return new PointId { Uuid = guid.ToString("D") };
            case PointId.PointIdOptionsOneofCase.Uuid:
                throw LoopbackErrors.WrongInput($"Unable to parse UUID: {id.Uuid}");
            default:
                throw LoopbackErrors.Validation("id: point id is missing");
        }
    }

    /// <summary>The one unnamed dense vector of a point; the deprecated flat <c>data</c> form is accepted as Qdrant does.</summary>
    private static float[] DenseOf(PointStruct point)
    {
        var vectors = point.Vectors ?? throw LoopbackErrors.WrongInput($"Not existing vector name error: (point {point.Id} has no vector)");
        Vector vector;
        if (vectors.VectorsOptionsCase == Vectors.VectorsOptionsOneofCase.Vectors_)
        {
            foreach (var name in vectors.Vectors_.Vectors.Keys.Where(k => k.Length > 0)) throw LoopbackErrors.WrongInput($"Not existing vector name error: {name}");
            if (!vectors.Vectors_.Vectors.TryGetValue("", out vector!)) throw LoopbackErrors.WrongInput($"point {point.Id} has no default vector");
        }
        else vector = vectors.Vector ?? throw LoopbackErrors.Validation("vectors: no vector given");
        switch (vector.VectorCase)
        {
            case Vector.VectorOneofCase.Dense:
                return vector.Dense.Data.ToArray();
            case Vector.VectorOneofCase.None:
#pragma warning disable CS0612 // the deprecated flat form is what older clients send; Qdrant still accepts it
                if (vector.Indices is not null || vector.HasVectorsCount) throw LoopbackErrors.NotModelled("sparse and multi-vectors");
                return vector.Data.ToArray();
#pragma warning restore CS0612
            default:
                throw LoopbackErrors.NotModelled($"{vector.VectorCase} vectors");
        }
    }

    private static ScoredPoint Scored(LoopbackPoint point, float score, WithPayloadSelector? payload, WithVectorsSelector? vectors)
    {
        var result = new ScoredPoint { Id = point.Id, Score = score };
        Select(point.Payload, payload, result.Payload);
        if (vectors is { SelectorOptionsCase: WithVectorsSelector.SelectorOptionsOneofCase.Enable, Enable: true })
            result.Vectors = new VectorsOutput { Vector = new VectorOutput { Dense = new DenseVector { Data = { point.Vector } } } };
        else if (vectors is { SelectorOptionsCase: WithVectorsSelector.SelectorOptionsOneofCase.Include })
            throw LoopbackErrors.NotModelled("named vector selectors");
        return result;
    }

    /// <summary>with_payload: missing or false returns none (the Query API's default), true all, include/exclude by key.</summary>
    private static void Select(MapField<string, Value> stored, WithPayloadSelector? selector, MapField<string, Value> into)
    {
        switch (selector?.SelectorOptionsCase)
        {
            case WithPayloadSelector.SelectorOptionsOneofCase.Enable when selector.Enable:
                into.Add(stored);
                break;
            case WithPayloadSelector.SelectorOptionsOneofCase.Include:
                foreach (var (key, value) in stored) if (selector.Include.Fields.Contains(key)) into[key] = value;
                break;
            case WithPayloadSelector.SelectorOptionsOneofCase.Exclude:
                foreach (var (key, value) in stored) if (!selector.Exclude.Fields.Contains(key)) into[key] = value;
                break;
        }
    }
}
