using Grpc.Core;
using Qdrant.Client.Grpc;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>
/// One collection with a single unnamed dense vector, as created by the adapter. Scores follow Qdrant's metrics
/// (lib/segment/src/spaces): cosine normalises vectors on the way in and scores by dot product, dot scores by dot
/// product, both best-first; euclid and manhattan score by distance, smallest first. Thread-safe (one lock).
/// </summary>
public sealed class LoopbackCollection(string name, int size, Distance distance)
{
    private readonly Lock gate = new();
    private readonly Dictionary<PointId, LoopbackPoint> points = [];
    private readonly Dictionary<string, PayloadSchemaType> schema = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public int Size { get; } = size;
    public Distance Distance { get; } = distance;

    public int Count(Filter? filter)
    {
        lock (gate) return points.Values.Count(p => LoopbackFilter.Accepts(filter, p));
    }

    /// <summary>Adds or replaces points (payload and vector as a whole); all or nothing when a vector has the wrong size.</summary>
    public void Upsert(IReadOnlyList<LoopbackPoint> batch, UpdateMode mode)
    {
        foreach (var p in batch)
            if (p.Vector.Length != Size) throw LoopbackErrors.DimensionMismatch(Size, p.Vector.Length);
        lock (gate)
        {
            foreach (var p in batch)
            {
                var exists = points.ContainsKey(p.Id);
                if ((mode == UpdateMode.InsertOnly && exists) || (mode == UpdateMode.UpdateOnly && !exists)) continue;
                points[p.Id] = p with { Vector = Preprocess(p.Vector), Payload = p.Payload.Clone() };
            }
        }
    }

    public float[] VectorOf(PointId id)
    {
        lock (gate)
            return points.TryGetValue(id, out var p) ? p.Vector : throw new RpcException(new Status(StatusCode.NotFound, $"Not found: No point with id {id} found"));
    }

    public void Index(string field, PayloadSchemaType type)
    {
        lock (gate) schema[field] = type;
    }

    public void Unindex(string field)
    {
        lock (gate) schema.Remove(field);
    }

    /// <summary>The points <paramref name="filter"/> accepts, best first (ties by id), with their scores.</summary>
    public List<(LoopbackPoint Point, float Score)> Nearest(float[] query, Filter? filter, float? threshold)
    {
        if (query.Length != Size) throw LoopbackErrors.DimensionMismatch(Size, query.Length);
        var q = Preprocess(query);
        var distanceLike = Distance is Distance.Euclid or Distance.Manhattan;
        List<(LoopbackPoint Point, float Score)> scored;
        lock (gate) scored = points.Values.Where(p => LoopbackFilter.Accepts(filter, p)).Select(p => (p, Score(q, p.Vector))).ToList();
        if (threshold is { } t) scored.RemoveAll(s => distanceLike ? s.Score > t : s.Score < t);
        scored.Sort((a, b) => a.Score != b.Score ? (distanceLike ? a.Score.CompareTo(b.Score) : b.Score.CompareTo(a.Score)) : CompareIds(a.Point.Id, b.Point.Id));
        return scored;
    }

    /// <summary>Points in id order (a query without a query vector).</summary>
    public List<LoopbackPoint> InIdOrder(Filter? filter)
    {
        lock (gate)
        {
            var list = points.Values.Where(p => LoopbackFilter.Accepts(filter, p)).ToList();
            list.Sort((a, b) => CompareIds(a.Id, b.Id));
            return list;
        }
    }

    public CollectionInfo Info()
    {
        lock (gate)
        {
            var info = new CollectionInfo
            {
                Status = CollectionStatus.Green,
                OptimizerStatus = new OptimizerStatus { Ok = true },
                SegmentsCount = 1,
                PointsCount = (ulong)points.Count,
                IndexedVectorsCount = 0,
                Config = new CollectionConfig
                {
                    Params = new CollectionParams
                    {
                        ShardNumber = 1,
                        ReplicationFactor = 1,
                        WriteConsistencyFactor = 1,
                        VectorsConfig = new VectorsConfig { Params = new VectorParams { Size = (ulong)Size, Distance = Distance } },
                    },
                    HnswConfig = new HnswConfigDiff { M = 16, EfConstruct = 100, FullScanThreshold = 10000 },
                    OptimizerConfig = new OptimizersConfigDiff(),
                    WalConfig = new WalConfigDiff(),
                },
                UpdateQueue = new UpdateQueueInfo(),
            };
            foreach (var (field, type) in schema)
                info.PayloadSchema[field] = new PayloadSchemaInfo { DataType = type, Points = (ulong)points.Values.Count(p => p.Payload.ContainsKey(field)) };
            return info;
        }
    }

    private float[] Preprocess(float[] vector)
    {
        if (Distance != Distance.Cosine) return (float[])vector.Clone();
        var length = vector.Sum(x => x * x);
        // lib/segment/src/spaces/simple.rs cosine_preprocess: zero-length or already unit vectors are kept as they are
        if (length < float.Epsilon || Math.Abs(length - 1f) <= 1e-6f) return (float[])vector.Clone();
        var norm = MathF.Sqrt(length);
        return vector.Select(x => x / norm).ToArray();
    }

    private float Score(float[] q, float[] v) => Distance switch
    {
        Distance.Cosine or Distance.Dot => Dot(q, v),
        Distance.Euclid => MathF.Sqrt(q.Zip(v, (a, b) => (a - b) * (a - b)).Sum()),
        Distance.Manhattan => q.Zip(v, (a, b) => MathF.Abs(a - b)).Sum(),
        _ => throw LoopbackErrors.WrongInput($"unknown distance {Distance}"),
    };

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static int CompareIds(PointId a, PointId b)
    {
        if (a.PointIdOptionsCase != b.PointIdOptionsCase) return a.PointIdOptionsCase.CompareTo(b.PointIdOptionsCase);
        return a.PointIdOptionsCase == PointId.PointIdOptionsOneofCase.Num ? a.Num.CompareTo(b.Num) : string.CompareOrdinal(a.Uuid, b.Uuid);
    }
}
