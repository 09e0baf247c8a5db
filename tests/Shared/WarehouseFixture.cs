using Dapper;
using DuckDB.NET.Data;
using MetricAssistant.Application.Execution;
using MetricAssistant.Demo;
using MetricAssistant.Demo.Copy;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Composition;
using MetricAssistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MetricAssistant.Tests.Shared;

/// <summary>
/// A small generated demo warehouse in DuckDB and, when a server is available, the same rows in
/// PostgreSQL; each with the query and ask services wired as the API wires them (the core and retrieval;
/// the API's other parts, charts and the LLM planner, do not change answers under the repository's settings).
/// </summary>
public sealed class WarehouseFixture : IAsyncLifetime
{
    public const double Scale = 0.05;

    /// <summary>The engine name of PostgreSQL with Warehouse:EnforceRowRulesInDatabase on.</summary>
    public const string PostgresRowRules = "postgres_rls";
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"ma-results-{Guid.NewGuid():N}");
    private readonly Dictionary<string, ServiceProvider> services = [];

    public string DuckDbPath => Path.Combine(directory, "demo.duckdb");

    public string? PostgresConnectionString { get; private set; }

    public string? PostgresUnavailable { get; private set; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        await new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(Scale, 7, DuckDbPath), null, CancellationToken.None);
        services["duckdb"] = Build(new() { ["Warehouse:Engine"] = "duckdb", ["Warehouse:DuckDbPath"] = DuckDbPath });

        var server = PostgresServer.Instance;
        if (server.ConnectionString is null)
        {
            PostgresUnavailable = server.UnavailableReason;
            return;
        }
        PostgresConnectionString = server.CreateDatabase("ma_results");
        await new WarehouseCopier().CopyDuckDbToPostgresAsync(DuckDbPath, PostgresConnectionString, CancellationToken.None);
        services["postgres"] = Build(new() { ["Warehouse:Engine"] = "postgres", ["Warehouse:PostgresConnectionString"] = PostgresConnectionString });
        // The same database under its row-level security: queries run as the reader role with the caller's scope set.
        await new MetricAssistant.Demo.RowRules.RowRulesInstaller().InstallAsync(PostgresConnectionString, "ma_reader", CancellationToken.None);
        services[PostgresRowRules] = Build(new()
        {
            ["Warehouse:Engine"] = "postgres", ["Warehouse:PostgresConnectionString"] = PostgresConnectionString,
            ["Warehouse:EnforceRowRulesInDatabase"] = "true", ["Warehouse:RowRulesRole"] = "ma_reader",
        });
    }

    /// <summary>The query service on an engine; skips the test when that engine is unavailable here.</summary>
    public QueryService Service(string engine)
    {
        Skip.If(engine.StartsWith("postgres", StringComparison.Ordinal) && PostgresConnectionString is null, PostgresUnavailable);
        return services[engine].GetRequiredService<QueryService>();
    }

    /// <summary>The question pipeline on an engine; skips the test when that engine is unavailable here.</summary>
    public MetricAssistant.Application.Asking.IAskService Ask(string engine)
    {
        Skip.If(engine.StartsWith("postgres", StringComparison.Ordinal) && PostgresConnectionString is null, PostgresUnavailable);
        return services[engine].GetRequiredService<MetricAssistant.Application.Asking.IAskService>();
    }

    /// <summary>The warehouse executor of an engine; skips the test when that engine is unavailable here.</summary>
    public IWarehouse Warehouse(string engine)
    {
        Skip.If(engine.StartsWith("postgres", StringComparison.Ordinal) && PostgresConnectionString is null, PostgresUnavailable);
        return services[engine].GetRequiredService<IWarehouse>();
    }

    /// <summary>Runs hand-written SQL on an engine, each row as an array of values.</summary>
    public async Task<List<object?[]>> RawAsync(string engine, string sql)
    {
        Skip.If(engine.StartsWith("postgres", StringComparison.Ordinal) && PostgresConnectionString is null, PostgresUnavailable);
        await using System.Data.Common.DbConnection connection = engine == "duckdb"
            ? new DuckDBConnection($"Data Source={DuckDbPath};ACCESS_MODE=READ_ONLY")
            : new NpgsqlConnection(PostgresConnectionString);
        await connection.OpenAsync();
        await using var reader = await connection.ExecuteReaderAsync(sql);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(TestRepository.Root, "appsettings.json"))
            .AddInMemoryCollection(settings)
            // The catalog store in memory, seeded from catalog/: nothing lands in the repository's data/catalog.db.
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Catalog:Store"] = "memory" })
            .Build();
        return new ServiceCollection().AddLogging().AddMetricAssistant(configuration, new RepositoryRoot(TestRepository.Root))
            .AddMetricRetrieval(configuration).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in services.Values) await provider.DisposeAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by the engine; the temp folder is cleaned by the OS.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class WarehouseCollection : ICollectionFixture<WarehouseFixture>
{
    public const string Name = "warehouse";
}
