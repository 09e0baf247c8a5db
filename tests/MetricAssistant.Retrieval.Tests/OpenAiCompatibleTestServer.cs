using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>
/// An OpenAI-compatible embeddings endpoint on a loopback port (Kestrel), recording what it is sent. The vector of a
/// text is the hashing embedding of it at the requested width (64 when none is asked), so it is deterministic and
/// similar texts get similar vectors: retrieval through it means something.
/// </summary>
public sealed class OpenAiCompatibleTestServer : IAsyncDisposable
{
    public const int DefaultDimensions = 64;

    /// <summary>One request as the server saw it (only embedding requests on the expected path are answered).</summary>
    public sealed record Request(string Path, string? Model, IReadOnlyList<string> Inputs, int? Dimensions, string? EncodingFormat, string? Authorization, string? ApiKey);

    private readonly WebApplication app;

    private OpenAiCompatibleTestServer(WebApplication app, Uri address, ConcurrentQueue<Request> requests)
    {
        this.app = app;
        Address = address;
        Requests = requests;
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri Address { get; }

    public ConcurrentQueue<Request> Requests { get; }

    public static float[] VectorOf(string text, int dimensions) => new HashingEmbeddingGenerator(dimensions).Embed(text);

    /// <summary>Serves POST <paramref name="path"/> (e.g. /v1/embeddings); every other path is 404.</summary>
    public static async Task<OpenAiCompatibleTestServer> StartAsync(string path, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new ConcurrentQueue<Request>();
        app.MapPost(path, async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var inputs = body?["input"] switch
            {
                JsonArray array => array.Select(x => x!.GetValue<string>()).ToList(),
                JsonValue value => [value.GetValue<string>()],
                _ => new List<string>(),
            };
            var request = new Request(context.Request.Path, body?["model"]?.GetValue<string>(), inputs, body?["dimensions"]?.GetValue<int>(),
                body?["encoding_format"]?.GetValue<string>(), context.Request.Headers.Authorization.ToString(), context.Request.Headers["api-key"].ToString());
            requests.Enqueue(request);
            var dimensions = request.Dimensions ?? DefaultDimensions;
            var data = new JsonArray();
            for (var i = 0; i < inputs.Count; i++)
            {
                var vector = VectorOf(inputs[i], dimensions);
                JsonNode embedding = request.EncodingFormat == "base64"
                    ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan())) // little-endian float32, as OpenAI sends
                    : new JsonArray(vector.Select(x => (JsonNode)x).ToArray());
                data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
            }
            var tokens = inputs.Sum(x => x.Length);
            return Microsoft.AspNetCore.Http.Results.Json(new JsonObject
            {
                ["object"] = "list",
                ["data"] = data,
                ["model"] = request.Model,
                ["usage"] = new JsonObject { ["prompt_tokens"] = tokens, ["total_tokens"] = tokens },
            });
        });
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OpenAiCompatibleTestServer(app, new Uri(address.TrimEnd('/') + "/"), requests);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
