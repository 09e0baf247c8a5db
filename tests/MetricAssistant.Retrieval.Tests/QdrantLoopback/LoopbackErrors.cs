using Grpc.Core;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>
/// The errors real Qdrant returns, with its status codes and messages (lib/storage/src/content_manager/errors.rs and
/// collections_ops.rs at the commit in proto/SOURCE.md): bad input is INVALID_ARGUMENT "Wrong input: …", a missing
/// collection NOT_FOUND "Not found: Collection `x` doesn't exist!", an existing one ALREADY_EXISTS.
/// </summary>
public static class LoopbackErrors
{
    public static RpcException CollectionNotFound(string collection) =>
        new(new Status(StatusCode.NotFound, $"Not found: Collection `{collection}` doesn't exist!"));

    public static RpcException CollectionExists(string collection) =>
        new(new Status(StatusCode.AlreadyExists, $"Wrong input: Collection `{collection}` already exists!"));

    public static RpcException WrongInput(string description) =>
        new(new Status(StatusCode.InvalidArgument, "Wrong input: " + description));

    public static RpcException Validation(string description) =>
        new(new Status(StatusCode.InvalidArgument, "Validation error in body: " + description));

    public static RpcException DimensionMismatch(int expected, int received) =>
        WrongInput($"Vector dimension error: expected dim: {expected}, got {received}");

    /// <summary>A part of Qdrant's API this loopback server does not model: it refuses rather than pretends.</summary>
    public static RpcException NotModelled(string what) =>
        new(new Status(StatusCode.Unimplemented, $"the loopback Qdrant server does not implement {what}"));
}
