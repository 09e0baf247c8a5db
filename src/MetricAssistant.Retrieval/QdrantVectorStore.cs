using Google.Protobuf.Collections;
using Grpc.Core;
using MetricAssistant.Understanding.Retrieval;
using Qdrant.Client;
using Qdrant.Client.Grpc;
using static Qdrant.Client.Grpc.Conditions;

namespace MetricAssistant.Retrieval;

/// <summary>
/// Vectors in Qdrant (gRPC, <see cref="QdrantClient"/>). One collection per catalog version and embedding (the
/// name carries the catalog's content-hash prefix), cosine distance, keyword payload indexes on kind, status,
/// tags and metric_id. Filters become Qdrant filters, so Qdrant filters before it picks the top points.
/// Point ids are the document ordinals; the payload carries kind, field, text, metric_id, dimension_id, code,
/// status, replaced_by, tags, official and family.
/// Replicas share the collections: replicas on the same catalog version and embedding find the collection complete
/// and only search it; replicas starting together both write the same points (upserts replace by id); collections
/// of earlier catalog versions are left in place for replicas still serving them.
/// </summary>
public sealed class QdrantVectorStore : IVectorStore, IDisposable
{
    private const int UpsertChunk = 256;
    private static readonly string[] IndexedFields = ["kind", "status", "tags", "metric_id"];
    private readonly QdrantClient client;
    private readonly bool ownsClient;

    public QdrantVectorStore(QdrantClient client)
    {
        this.client = client;
    }

    /// <summary>A store talking to <paramref name="url"/> (the gRPC port, usually 6334).</summary>
    public QdrantVectorStore(Uri url, string? apiKey = null)
    {
        client = new QdrantClient(url, apiKey);
        ownsClient = true;
    }

    public Task<bool> CollectionExistsAsync(string collection, CancellationToken cancellationToken) =>
        client.CollectionExistsAsync(collection, cancellationToken);

    /// <summary>
    /// Creates the collection (cosine, keyword payload indexes) or checks an existing one. Replicas share collections,
    /// so another replica may create it between the existence check and the create: Qdrant then answers
    /// ALREADY_EXISTS (INVALID_ARGUMENT before 1.15), and the collection it made is checked like any existing one.
    /// </summary>
    public async Task EnsureCollectionAsync(string collection, int dimensions, CancellationToken cancellationToken)
    {
        if (!await client.CollectionExistsAsync(collection, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await client.CreateCollectionAsync(collection, new VectorParams { Size = (ulong)dimensions, Distance = Distance.Cosine },
                    cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode is StatusCode.AlreadyExists or StatusCode.InvalidArgument)
            {
                // created meanwhile by another replica (checked below); any other invalid argument stands
                if (!await client.CollectionExistsAsync(collection, cancellationToken).ConfigureAwait(false)) throw;
            }
        }
        var info = await client.GetCollectionInfoAsync(collection, cancellationToken).ConfigureAwait(false);
        var vectors = info.Config?.Params?.VectorsConfig;
        if (vectors?.ConfigCase != VectorsConfig.ConfigOneofCase.Params)
            throw new InvalidOperationException($"Qdrant collection '{collection}' does not have one unnamed dense vector");
        if (vectors.Params.Size != (ulong)dimensions)
            throw new InvalidOperationException($"Qdrant collection '{collection}' has {vectors.Params.Size} dimensions, not {dimensions}");
        if (vectors.Params.Distance != Distance.Cosine)
            throw new InvalidOperationException($"Qdrant collection '{collection}' uses {vectors.Params.Distance} distance, not Cosine");
        // idempotent, and repairs a collection whose creator stopped before its indexes were made
        foreach (var field in IndexedFields.Where(f => !info.PayloadSchema.ContainsKey(f)))
            await client.CreatePayloadIndexAsync(collection, field, PayloadSchemaType.Keyword, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task UpsertAsync(string collection, IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken)
    {
        for (var start = 0; start < points.Count; start += UpsertChunk)
        {
            var chunk = new List<PointStruct>(Math.Min(UpsertChunk, points.Count - start));
            for (var i = start; i < Math.Min(points.Count, start + UpsertChunk); i++) chunk.Add(ToPoint(points[i]));
            await client.UpsertAsync(collection, chunk, wait: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<IReadOnlyList<VectorSearchResult>> SearchAsync(string collection, ReadOnlyMemory<float> vector, int top, VectorFilter? filter, CancellationToken cancellationToken)
    {
        if (top <= 0) return [];
        var hits = await client.QueryAsync(collection, query: vector.ToArray(), filter: ToFilter(filter), limit: (ulong)top,
            payloadSelector: true, cancellationToken: cancellationToken).ConfigureAwait(false);
        return hits.Select(h => new VectorSearchResult(h.Id.Num, h.Score, FromPayload(h.Payload))).ToList();
    }

    public async Task<long> CountAsync(string collection, CancellationToken cancellationToken)
    {
        if (!await client.CollectionExistsAsync(collection, cancellationToken).ConfigureAwait(false)) return 0;
        return (long)await client.CountAsync(collection, exact: true, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken)
    {
        if (!await client.CollectionExistsAsync(collection, cancellationToken).ConfigureAwait(false)) return;
        try
        {
            await client.DeleteCollectionAsync(collection, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (QdrantException)
        {
            // Qdrant answers result=false when another replica deleted it first: gone either way
            if (await client.CollectionExistsAsync(collection, cancellationToken).ConfigureAwait(false)) throw;
        }
    }

    /// <summary>The Qdrant filter for a <see cref="VectorFilter"/>: must (kind any-of, status any-of, tags any-of), must-not (tags any-of).</summary>
    public static Filter? ToFilter(VectorFilter? filter)
    {
        if (filter is null) return null;
        var result = new Filter();
        if (filter.Kinds is { } kinds) result.Must.Add(Match("kind", kinds.ToList()));
        if (filter.Statuses is { } statuses) result.Must.Add(Match("status", statuses.ToList()));
        if (filter.AnyTags is { } anyTags) result.Must.Add(Match("tags", anyTags.ToList()));
        if (filter.ExcludedTags is { Count: > 0 } excluded) result.MustNot.Add(Match("tags", excluded.ToList()));
        return result.Must.Count == 0 && result.MustNot.Count == 0 ? null : result;
    }

    public static PointStruct ToPoint(VectorPoint point)
    {
        var p = point.Payload;
        var result = new PointStruct { Id = point.Id, Vectors = point.Vector.ToArray() };
        result.Payload["kind"] = p.Kind;
        result.Payload["field"] = p.Field;
        result.Payload["text"] = p.Text;
        result.Payload["official"] = p.Official;
        result.Payload["tags"] = p.Tags.ToArray();
        if (p.MetricId is not null) result.Payload["metric_id"] = p.MetricId;
        if (p.DimensionId is not null) result.Payload["dimension_id"] = p.DimensionId;
        if (p.Code is not null) result.Payload["code"] = p.Code;
        if (p.Status is not null) result.Payload["status"] = p.Status;
        if (p.ReplacedBy is not null) result.Payload["replaced_by"] = p.ReplacedBy;
        if (p.Family is not null) result.Payload["family"] = p.Family;
        return result;
    }

    public static VectorPayload FromPayload(MapField<string, Value> payload)
    {
        string? Text(string key) => payload.TryGetValue(key, out var v) && v.KindCase == Value.KindOneofCase.StringValue ? v.StringValue : null;
        return new VectorPayload
        {
            Kind = Text("kind") ?? "",
            Field = Text("field") ?? "",
            Text = Text("text") ?? "",
            MetricId = Text("metric_id"),
            DimensionId = Text("dimension_id"),
            Code = Text("code"),
            Status = Text("status"),
            ReplacedBy = Text("replaced_by"),
            Family = Text("family"),
            Official = payload.TryGetValue("official", out var o) && o.KindCase == Value.KindOneofCase.BoolValue && o.BoolValue,
            Tags = payload.TryGetValue("tags", out var t) && t.KindCase == Value.KindOneofCase.ListValue
                ? t.ListValue.Values.Where(v => v.KindCase == Value.KindOneofCase.StringValue).Select(v => v.StringValue).ToArray()
                : [],
        };
    }

    public void Dispose()
    {
        if (ownsClient) client.Dispose();
    }
}
