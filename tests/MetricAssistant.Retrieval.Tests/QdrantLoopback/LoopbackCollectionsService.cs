using Grpc.Core;
using Qdrant.Client.Grpc;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>
/// Qdrant's <c>qdrant.Collections</c> service (collections_service.proto): list, get, exists, create (one unnamed
/// dense vector) and delete. RPCs not overridden here answer UNIMPLEMENTED, as generated.
/// </summary>
public sealed class LoopbackCollectionsService(LoopbackQdrantStorage storage) : Collections.CollectionsBase
{
    public override Task<ListCollectionsResponse> List(ListCollectionsRequest request, ServerCallContext context)
    {
        var response = new ListCollectionsResponse();
        response.Collections.AddRange(storage.Names.Select(n => new CollectionDescription { Name = n }));
        return Task.FromResult(response);
    }

    public override async Task<GetCollectionInfoResponse> Get(GetCollectionInfoRequest request, ServerCallContext context)
    {
        await storage.EnterAsync("GetCollection", request.CollectionName).ConfigureAwait(false);
        return new GetCollectionInfoResponse { Result = storage.Get(request.CollectionName).Info() };
    }

    public override async Task<CollectionExistsResponse> CollectionExists(CollectionExistsRequest request, ServerCallContext context)
    {
        await storage.EnterAsync("CollectionExists", request.CollectionName).ConfigureAwait(false);
        return new CollectionExistsResponse { Result = new Qdrant.Client.Grpc.CollectionExists { Exists = storage.Exists(request.CollectionName) } };
    }

    public override async Task<CollectionOperationResponse> Create(CreateCollection request, ServerCallContext context)
    {
        var name = request.CollectionName;
        ValidateName(name);
        if (request.SparseVectorsConfig is not null || request.HasShardNumber && request.ShardNumber > 1 || request.HasShardingMethod)
            throw LoopbackErrors.NotModelled("sparse vectors, shards and custom sharding");
        if (request.VectorsConfig is not { ConfigCase: VectorsConfig.ConfigOneofCase.Params } config)
            throw LoopbackErrors.NotModelled("collections without exactly one unnamed dense vector");
        var vectors = config.Params;
        if (vectors.Size is < 1 or > 65536)
            throw LoopbackErrors.Validation($"vectors_config.size: value {vectors.Size} invalid, must be from 1 to 65536");
        if (vectors.Distance == Distance.UnknownDistance)
            throw LoopbackErrors.WrongInput("Unknown distance: 0");
        if (vectors.MultivectorConfig is not null || (vectors.HasDatatype && vectors.Datatype != Datatype.Float32))
            throw LoopbackErrors.NotModelled("multi-vectors and non-float32 vectors");
        await storage.EnterAsync("CreateCollection", name).ConfigureAwait(false);
        if (!storage.TryAdd(new LoopbackCollection(name, (int)vectors.Size, vectors.Distance))) throw LoopbackErrors.CollectionExists(name);
        return new CollectionOperationResponse { Result = true };
    }

    public override async Task<CollectionOperationResponse> Delete(DeleteCollection request, ServerCallContext context)
    {
        await storage.EnterAsync("DeleteCollection", request.CollectionName).ConfigureAwait(false);
        // Qdrant answers result=false, not an error, for a collection that does not exist
        return new CollectionOperationResponse { Result = storage.Remove(request.CollectionName) };
    }

    /// <summary>Qdrant's validate_collection_name: 1 to 255 characters, none of &lt; &gt; : " / \ | ? * or NUL.</summary>
    private static void ValidateName(string name)
    {
        if (name.Length is < 1 or > 255 || name.IndexOfAny(['<', '>', ':', '"', '/', '\\', '|', '?', '*', '\0']) >= 0)
            throw LoopbackErrors.Validation($"collection_name: invalid collection name: {name}");
    }
}
