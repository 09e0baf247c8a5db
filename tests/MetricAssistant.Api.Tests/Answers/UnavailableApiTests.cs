using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Dapper;
using MetricAssistant.Infrastructure.Audit;
using MetricAssistant.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace MetricAssistant.Api.Tests.Answers;

/// <summary>
/// Issue #15 faults at the HTTP door: a warehouse that is down answers 503 <c>warehouse_unavailable</c>, an audit
/// trail that cannot be written withholds the answer with 503 <c>audit_unavailable</c>; both in the answer's shape,
/// never a stack trace.
/// </summary>
public sealed class UnavailableApiTests
{
    private static readonly object GmvQuery = new
    {
        query = new { metrics = new[] { "gmv" }, groupBy = new[] { "region" }, timeRange = new { start = "2025-06-01", end = "2025-07-01" } },
        user = "ceo",
        now = "2025-07-15T10:00:00",
    };

    private sealed class UnreachableWarehouse : ApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Warehouse:Engine", "postgres");
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            builder.UseSetting("Warehouse:PostgresConnectionString", $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=3");
        }
    }

    private sealed class UnwritableAudit(string blocker) : ApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Audit:SqlitePath", Path.Combine(blocker, "audit.db"));
        }
    }

    private sealed class PostgresAudit(string connectionString) : ApiFactoryBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Audit:Store", "postgres");
            builder.UseSetting("Audit:PostgresConnectionString", connectionString);
        }
    }

    private static async Task<JsonElement> Unavailable(HttpResponseMessage response, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("   at ", text);
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal("unavailable", body.GetProperty("status").GetString());
        Assert.Equal(code, body.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(body.GetProperty("rows").EnumerateArray());
        return body;
    }

    [Fact]
    public async Task A_warehouse_that_is_down_answers_503_warehouse_unavailable_on_both_doors()
    {
        using var factory = new UnreachableWarehouse();
        var client = factory.CreateClient();
        var query = await Unavailable(await client.PostAsJsonAsync("/api/query", GmvQuery), "warehouse_unavailable");
        Assert.Equal("gmv", query.GetProperty("query").GetProperty("metrics")[0].GetString());
        var ask = await Unavailable(await client.PostAsJsonAsync("/api/ask", new { question = "2025年6月华东的GMV", user = "ceo", now = "2025-07-15T10:00:00" }), "warehouse_unavailable");
        Assert.Contains("数据仓库", ask.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_audit_trail_that_cannot_be_written_withholds_the_answer_with_503_audit_unavailable()
    {
        var blocker = Path.Combine(Path.GetTempPath(), $"ma-unavailable-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(blocker, "not a folder");
        try
        {
            using var factory = new UnwritableAudit(blocker);
            var body = await Unavailable(await factory.CreateClient().PostAsJsonAsync("/api/query", GmvQuery), "audit_unavailable");
            Assert.Equal(JsonValueKind.Null, body.GetProperty("sql").ValueKind);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [SkippableFact]
    public async Task A_postgres_audit_trail_that_refuses_writes_withholds_every_concurrent_answer_with_503_audit_unavailable()
    {
        Skip.If(PostgresServer.Instance.ConnectionString is null, PostgresServer.Instance.UnavailableReason);
        var connectionString = PostgresServer.Instance.CreateDatabase("ma_audit_refusing");
        await using (var log = new PostgresAuditLog(connectionString)) await log.InitializeAsync(CancellationToken.None);
        await using (var admin = new NpgsqlConnection(connectionString))
        {
            await admin.OpenAsync();
            // Every new row is refused (as a full disk or a revoked right would be); the answers arrive together, so they share a batch.
            await admin.ExecuteAsync("ALTER TABLE audit_log ADD CONSTRAINT refuse_all CHECK (false) NOT VALID");
        }
        using var factory = new PostgresAudit(connectionString);
        var client = factory.CreateClient();
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.PostAsJsonAsync("/api/query", GmvQuery)));
        foreach (var response in responses)
            Assert.Equal(JsonValueKind.Null, (await Unavailable(response, "audit_unavailable")).GetProperty("sql").ValueKind);

        await using var check = new NpgsqlConnection(connectionString);
        await check.OpenAsync();
        Assert.Equal(0L, await check.ExecuteScalarAsync<long>("SELECT count(*) FROM audit_log"));
    }
}
