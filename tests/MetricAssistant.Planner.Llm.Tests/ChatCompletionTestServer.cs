using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Planner.Llm.Tests;

/// <summary>
/// An OpenAI-compatible chat completions server on loopback whose "model" is a function of the request:
/// the planner's real HTTP path (Semantic Kernel → OpenAI client → HTTP) runs against it.
/// </summary>
public sealed class ChatCompletionTestServer : IAsyncDisposable
{
    public sealed record Request(string Path, string? Model, string? System, string? User, string? ResponseFormat, double? Temperature, string Authorization);

    private readonly WebApplication app;

    private ChatCompletionTestServer(WebApplication app, Uri address, ConcurrentQueue<Request> requests)
    {
        this.app = app;
        Address = address;
        Requests = requests;
    }

    public Uri Address { get; }

    public ConcurrentQueue<Request> Requests { get; }

    /// <param name="reply">The assistant's content for a request; null answers HTTP 400.</param>
    /// <param name="delay">How long the model "thinks".</param>
    public static async Task<ChatCompletionTestServer> StartAsync(Func<Request, string?> reply, TimeSpan? delay = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new ConcurrentQueue<Request>();
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var messages = body?["messages"]?.AsArray() ?? [];
            string? Content(string role) => messages.FirstOrDefault(m => (string?)m?["role"] == role)?["content"] switch
            {
                JsonValue v => (string?)v,
                JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"])),
                _ => null,
            };
            var request = new Request(context.Request.Path, (string?)body?["model"], Content("system"), Content("user"),
                (string?)body?["response_format"]?["type"], (double?)body?["temperature"], context.Request.Headers.Authorization.ToString());
            requests.Enqueue(request);
            if (delay is { } wait) await Task.Delay(wait, context.RequestAborted);
            var content = reply(request);
            if (content is null) return Microsoft.AspNetCore.Http.Results.Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "bad request", ["type"] = "invalid_request_error" } }, statusCode: 400);
            return Microsoft.AspNetCore.Http.Results.Json(new JsonObject
            {
                ["id"] = "chatcmpl-test",
                ["object"] = "chat.completion",
                ["created"] = 1_750_000_000,
                ["model"] = request.Model,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
            });
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ChatCompletionTestServer(app, new Uri(address.TrimEnd('/') + "/"), requests);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
