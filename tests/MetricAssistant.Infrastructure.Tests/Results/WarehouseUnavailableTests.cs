using System.Net;
using System.Net.Sockets;
using MetricAssistant.Application.Execution;
using MetricAssistant.Compiler;
using MetricAssistant.Infrastructure.Warehouse;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Infrastructure.Tests.Results;

/// <summary>
/// A PostgreSQL warehouse that is down says so (<see cref="QueryOutcome.Unavailable"/>, which answers
/// <c>warehouse_unavailable</c>) instead of throwing; a mistake in the SQL on a running server still throws.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class WarehouseUnavailableTests(WarehouseFixture fixture)
{
    private static CompiledQuery Gmv(PostgresWarehouse warehouse) =>
        new MetricCompiler(TestRepository.Catalog).Compile(new SemanticQuery(["gmv"], [], [], new(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1))), warehouse.Dialect).Query!;

    private static PostgresWarehouse Warehouse(string connectionString) =>
        new(Options.Create(new WarehouseOptions { Engine = "postgres", PostgresConnectionString = connectionString }));

    [Fact]
    public async Task A_server_that_refuses_connections_is_unavailable_not_an_exception()
    {
        using var warehouse = Warehouse($"Host=127.0.0.1;Port={ClosedPort()};Username=postgres;Database=postgres;Timeout=3");
        var result = await warehouse.ExecuteAsync(Gmv(warehouse), CancellationToken.None);
        Assert.Equal(QueryOutcome.Unavailable, result.Outcome);
        Assert.Empty(result.Rows);
    }

    [SkippableFact]
    public async Task On_a_running_server_a_broken_statement_still_throws()
    {
        Skip.If(fixture.PostgresConnectionString is null, fixture.PostgresUnavailable);
        using var warehouse = Warehouse(fixture.PostgresConnectionString!);
        Assert.Equal(QueryOutcome.Completed, (await warehouse.ExecuteAsync(Gmv(warehouse), CancellationToken.None)).Outcome);
        var broken = Gmv(warehouse) with { Sql = "SELECT no_such_column FROM orders" };
        await Assert.ThrowsAsync<PostgresException>(() => warehouse.ExecuteAsync(broken, CancellationToken.None));
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
