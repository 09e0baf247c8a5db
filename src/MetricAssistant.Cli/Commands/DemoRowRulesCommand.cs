using System.CommandLine;
using MetricAssistant.Demo.RowRules;
using MetricAssistant.Infrastructure.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>demo install-row-rules [--connection CS] [--role R] [--print]</c>: installs (or prints) the PostgreSQL row-level
/// security that <c>Warehouse:EnforceRowRulesInDatabase</c> relies on, on the demo tables already in PostgreSQL.
/// </summary>
internal static class DemoRowRulesCommand
{
    public static Command Build()
    {
        var connection = new Option<string?>("--connection") { Description = "Npgsql connection string (default: Warehouse:PostgresConnectionString)." };
        var role = new Option<string?>("--role") { Description = "The reader role queries switch to (default: Warehouse:RowRulesRole, ma_reader)." };
        var print = new Option<bool>("--print") { Description = "Print the SQL instead of running it (for psql or review)." };
        var command = new Command("install-row-rules", "Install PostgreSQL row-level security policies on the demo tables (for Warehouse:EnforceRowRulesInDatabase).") { connection, role, print };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            var options = services.GetRequiredService<IOptions<WarehouseOptions>>().Value;
            var reader = parse.GetValue(role) ?? options.RowRulesRole;
            string script;
            try
            {
                script = RowRulesInstaller.Script(reader);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
            if (parse.GetValue(print))
            {
                Console.WriteLine(script);
                return 0;
            }
            var target = parse.GetValue(connection) ?? options.PostgresConnectionString;
            if (string.IsNullOrWhiteSpace(target))
            {
                Console.Error.WriteLine("No PostgreSQL to install on: pass --connection or set Warehouse:PostgresConnectionString.");
                return 2;
            }
            try
            {
                await new RowRulesInstaller().InstallAsync(target, reader, ct);
            }
            catch (Exception e) when (e is NpgsqlException or ArgumentException)
            {
                Console.Error.WriteLine($"Could not install the row rules: {e.Message}");
                return 1;
            }
            Console.WriteLine($"row-level security installed; queries run as role {reader} when Warehouse:EnforceRowRulesInDatabase=true");
            return 0;
        });
        return command;
    }
}
