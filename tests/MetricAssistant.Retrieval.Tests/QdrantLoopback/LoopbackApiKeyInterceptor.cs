using Grpc.Core;
using Grpc.Core.Interceptors;

namespace MetricAssistant.Retrieval.Tests.QdrantLoopback;

/// <summary>
/// Qdrant's API-key check (src/common/auth/mod.rs): without the <c>api-key</c> header UNAUTHENTICATED "Must provide an
/// API key or an Authorization bearer token", with a wrong one UNAUTHENTICATED "Invalid API key or JWT".
/// </summary>
public sealed class LoopbackApiKeyInterceptor(string apiKey) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var given = context.RequestHeaders.GetValue("api-key");
        if (given is null) throw new RpcException(new Status(StatusCode.Unauthenticated, "Must provide an API key or an Authorization bearer token"));
        if (!string.Equals(given, apiKey, StringComparison.Ordinal)) throw new RpcException(new Status(StatusCode.Unauthenticated, "Invalid API key or JWT"));
        return continuation(request, context);
    }
}
