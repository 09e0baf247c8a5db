using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>A stored point: its id, its vector as Qdrant keeps it (normalised for cosine) and its payload.</summary>
public sealed record LoopbackPoint(PointId Id, float[] Vector, MapField<string, Value> Payload);
