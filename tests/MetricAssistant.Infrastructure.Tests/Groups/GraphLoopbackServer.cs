using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Infrastructure.Tests.Groups;

/// <summary>
/// A stand-in for Microsoft Graph on 127.0.0.1 (Kestrel) answering <c>GET /v1.0/users/{id}/transitiveMemberOf</c> in
/// Graph's JSON shape: <c>value</c> entries typed by <c>@odata.type</c> (groups, directory roles), pages linked by
/// <c>@odata.nextLink</c> with a <c>$skiptoken</c>, and Graph's error body for the status a test sets per user.
/// </summary>
internal sealed class GraphLoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;

    /// <summary>Each user's pages of directory objects: (type, id, displayName).</summary>
    public ConcurrentDictionary<string, IReadOnlyList<IReadOnlyList<(string Type, string Id, string Name)>>> Pages { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Users whose lookups answer this status with Graph's error body.</summary>
    public ConcurrentDictionary<string, HttpStatusCode> Errors { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<(string Path, string Query, string? Authorization)> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    private GraphLoopbackServer(WebApplication app) => this.app = app;

    public static async Task<GraphLoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new GraphLoopbackServer(builder.Build());
        server.app.MapGet("/v1.0/users/{id}/transitiveMemberOf", (string id, HttpContext context) => server.Answer(id, context));
        await server.app.StartAsync();
        server.BaseUrl = server.app.Urls.Single() + "/v1.0";
        return server;
    }

    private Microsoft.AspNetCore.Http.IResult Answer(string id, HttpContext context)
    {
        Requests.Enqueue((context.Request.Path, context.Request.QueryString.Value ?? "", context.Request.Headers.Authorization.FirstOrDefault()));
        if (Errors.TryGetValue(id, out var status))
        {
            if (status == HttpStatusCode.TooManyRequests) context.Response.Headers.RetryAfter = "1";
            var code = status switch { HttpStatusCode.NotFound => "Request_ResourceNotFound", HttpStatusCode.TooManyRequests => "TooManyRequests", _ => "serviceNotAvailable" };
            return Microsoft.AspNetCore.Http.Results.Json(new JsonObject
            {
                ["error"] = new JsonObject
                {
                    ["code"] = code,
                    ["message"] = $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.",
                    ["innerError"] = new JsonObject { ["date"] = "2026-12-05T04:00:00", ["request-id"] = Guid.NewGuid().ToString(), ["client-request-id"] = Guid.NewGuid().ToString() },
                },
            }, statusCode: (int)status);
        }
        if (!Pages.TryGetValue(id, out var pages))
            return Microsoft.AspNetCore.Http.Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = "Request_ResourceNotFound", ["message"] = $"Resource '{id}' does not exist." } }, statusCode: 404);
        var page = int.TryParse(context.Request.Query["$skiptoken"], out var n) ? n : 0;
        var body = new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#directoryObjects(id,displayName)",
            ["value"] = new JsonArray(pages[page].Select(o => (JsonNode)new JsonObject { ["@odata.type"] = o.Type, ["id"] = o.Id, ["displayName"] = o.Name }).ToArray()),
        };
        if (page + 1 < pages.Count)
            body["@odata.nextLink"] = $"{BaseUrl}/users/{id}/transitiveMemberOf?$select=id,displayName&$skiptoken={page + 1}";
        return Microsoft.AspNetCore.Http.Results.Json(body);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
