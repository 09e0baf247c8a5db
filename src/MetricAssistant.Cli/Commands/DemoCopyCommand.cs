using System.CommandLine;
using MetricAssistant.Demo.Copy;
using MetricAssistant.Demo.RowRules;
using MetricAssistant.Infrastructure.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>demo copy-to-postgres [--connection CS]</c>: copies the demo warehouse (DuckDB) into PostgreSQL, replacing its
/// tables; with <c>Warehouse:EnforceRowRulesInDatabase</c> on, installs the row-level security on the new tables too.
/// </summary>
internal static class DemoCopyCommand
{
    public static Command Build()
    {
        var connection = new Option<string?>("--connection") { Description = "Npgsql connection string (default: Warehouse:PostgresConnectionString)." };
        var command = new Command("copy-to-postgres", "Copy the demo warehouse into PostgreSQL (replaces its tables); installs the row rules when Warehouse:EnforceRowRulesInDatabase is on.") { connection };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            var options = services.GetRequiredService<IOptions<WarehouseOptions>>().Value;
            var target = parse.GetValue(connection) ?? options.PostgresConnectionString;
            if (string.IsNullOrWhiteSpace(target))
            {
                Console.Error.WriteLine("No PostgreSQL to copy to: pass --connection or set Warehouse:PostgresConnectionString.");
                return 2;
            }
            var source = services.GetRequiredService<WarehousePaths>().DuckDb;
            if (!File.Exists(source))
            {
                Console.Error.WriteLine($"No demo warehouse at {source}: run `demo generate` (or start the service once) first.");
                return 2;
            }
            try
            {
                await new WarehouseCopier().CopyDuckDbToPostgresAsync(source, target, ct);
                Console.WriteLine($"copied {source} into PostgreSQL");
                // Recreated tables have no policies: put them back when the service relies on them.
                if (options.EnforceRowRulesInDatabase)
                {
                    await new RowRulesInstaller().InstallAsync(target, options.RowRulesRole, ct);
                    Console.WriteLine($"row-level security installed (role {options.RowRulesRole})");
                }
            }
            catch (NpgsqlException e)
            {
                Console.Error.WriteLine($"Could not copy: {e.Message}");
                return 1;
            }
            return 0;
        });
        return command;
    }
}
