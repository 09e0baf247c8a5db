using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;

namespace MetricAssistant.Api.Tests.Health;

/// <summary>Liveness, readiness and /api/health: 200 on the demo, 503 naming the failed check otherwise.</summary>
public sealed class HealthTests(ApiFactory demo) : IClassFixture<ApiFactory>
{
    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string[] Failed(JsonElement body) => body.GetProperty("failed").EnumerateArray().Select(f => f.GetString()!).ToArray();

    [Fact]
    public async Task On_the_demo_the_service_is_live_and_ready_and_api_health_says_ok()
    {
        var client = demo.CreateClient();
        var (live, _) = await GetAsync(client, "/health/live");
        Assert.Equal(HttpStatusCode.OK, live);
        var (ready, body) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Empty(Failed(body));
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal(["audit", "catalog", "shared_store", "warehouse"], checks.Keys.Order());
        Assert.All(checks.Values, s => Assert.Equal("healthy", s));
        var (api, apiBody) = await GetAsync(client, "/api/health");
        Assert.Equal(HttpStatusCode.OK, api);
        Assert.Equal("ok", apiBody.GetProperty("status").GetString());
    }

    /// <summary>A PostgreSQL warehouse on a loopback port where nothing listens.</summary>
    private sealed class UnreachableWarehouse : ApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Warehouse:Engine", "postgres");
            builder.UseSetting("Warehouse:PostgresConnectionString", $"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Database=postgres;Timeout=3");
        }

        private static int ClosedPort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }

    [Fact]
    public async Task An_unreachable_warehouse_makes_readiness_fail_naming_it_while_the_process_stays_live()
    {
        using var factory = new UnreachableWarehouse();
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
        var (ready, body) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal(["warehouse"], Failed(body));
        var warehouse = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "warehouse");
        Assert.Contains("postgres unreachable", warehouse.GetProperty("description").GetString());
        Assert.DoesNotContain("   at ", body.GetRawText());
        var (api, apiBody) = await GetAsync(client, "/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api);
        Assert.Equal("unavailable", apiBody.GetProperty("status").GetString());
        Assert.Equal(["warehouse"], Failed(apiBody));
    }

    /// <summary>The audit file's folder is a regular file: nothing can be written there (whoever runs the test, root included).</summary>
    private sealed class UnwritableAudit(string blocker) : ApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Audit:SqlitePath", Path.Combine(blocker, "audit.db"));
        }
    }

    [Fact]
    public async Task An_audit_store_that_cannot_be_written_makes_readiness_fail_naming_it()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"ma-health-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            using var factory = new UnwritableAudit(blocker);
            var (ready, body) = await GetAsync(factory.CreateClient(), "/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready);
            Assert.Equal(["audit"], Failed(body));
            var audit = body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "audit");
            Assert.Contains("not writable", audit.GetProperty("description").GetString());
        }
        finally
        {
            File.Delete(blocker);
        }
    }
}
