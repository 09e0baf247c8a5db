using MetricAssistant.Demo;
using MetricAssistant.Demo.Copy;
using Npgsql;

namespace MetricAssistant.Load;

/// <summary>
/// Before a run: the warehouse database holds the demo warehouse (generated into data/demo.duckdb if missing, then
/// copied, once), and the shared store's database is new (no state left from an earlier run).
/// </summary>
public sealed class Preparation(LoadSettings settings)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var warehouse = new NpgsqlConnectionStringBuilder(settings.WarehouseConnection);
        if (await EnsureDatabaseAsync(warehouse, recreate: false, cancellationToken) || !await HasOrdersAsync(cancellationToken))
        {
            var duckDb = settings.DemoDuckDb;
            if (!File.Exists(duckDb))
            {
                Console.WriteLine($"generating the demo warehouse into {duckDb} (once)");
                Directory.CreateDirectory(Path.GetDirectoryName(duckDb)!);
                await new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(settings.DemoScale, DemoGenerationOptions.DefaultSeed, duckDb), null, cancellationToken);
            }
            Console.WriteLine("copying the demo warehouse into the load run's PostgreSQL warehouse (once)");
            await new WarehouseCopier().CopyDuckDbToPostgresAsync(duckDb, settings.WarehouseConnection, cancellationToken);
        }
        await IndexTimeColumnsAsync(cancellationToken);
        await EnsureDatabaseAsync(new NpgsqlConnectionStringBuilder(settings.SharedConnection), recreate: true, cancellationToken);
    }

    /// <summary>True when the database was created now.</summary>
    private static async Task<bool> EnsureDatabaseAsync(NpgsqlConnectionStringBuilder target, bool recreate, CancellationToken cancellationToken)
    {
        var admin = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var name = target.Database!;
        if (recreate)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is not null) return false;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// A warehouse indexes the time columns its facts are filtered on; the copier makes primary keys only. Without
    /// these every answer scans whole tables and the figures measure that.
    /// </summary>
    private async Task IndexTimeColumnsAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(settings.WarehouseConnection);
        await connection.OpenAsync(cancellationToken);
        var columns = new List<(string Table, string Column)>();
        await using (var find = new NpgsqlCommand("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('date', 'timestamp without time zone', 'timestamp with time zone')
            """, connection))
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
            while (await reader.ReadAsync(cancellationToken)) columns.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (table, column) in columns)
        {
            await using var index = new NpgsqlCommand($"CREATE INDEX IF NOT EXISTS \"ix_{table}_{column}\" ON \"{table}\" (\"{column}\")", connection);
            await index.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<bool> HasOrdersAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(settings.WarehouseConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT to_regclass('orders') IS NOT NULL", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}
