using System.CommandLine;
using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance.Versions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>catalog versions ID</c> and <c>catalog diff ID --from N --to M</c>: a metric's kept versions and what changed
/// between two (fields, and the reference query's SQL under each), as the API shows them. Prints JSON; exit 0 when
/// found, 1 for an unknown metric or version (with what exists), 2 when the input or configuration is unusable.
/// </summary>
internal static class VersionCommands
{
    public static void AddTo(Command catalog)
    {
        catalog.Subcommands.Add(Versions());
        catalog.Subcommands.Add(Diff());
    }

    private static Command Versions()
    {
        var id = new Argument<string>("id") { Description = "The metric's id, e.g. gmv." };
        var command = new Command("versions", "A metric's versions, oldest first: version, status, publishedAt, publishedBy, summary.") { id };
        command.SetAction(async (parse, ct) => await RunAsync(async versions => Print(await versions.ListAsync(parse.GetValue(id)!, ct))));
        return command;
    }

    private static Command Diff()
    {
        var id = new Argument<string>("id") { Description = "The metric's id, e.g. gmv." };
        var from = new Option<string>("--from") { Description = "The older version, e.g. 2.", Required = true };
        var to = new Option<string>("--to") { Description = "The newer version, e.g. 3.", Required = true };
        var now = new Option<string?>("--now") { Description = "Resolve the reference query's default window as of this time (default: now)." };
        var command = new Command("diff", "What changed between two versions: fields side by side and the reference query's SQL before and after.") { id, from, to, now };
        command.SetAction(async (parse, ct) => await RunAsync(async versions =>
            Print(await versions.DiffAsync(parse.GetValue(id)!, parse.GetValue(from), parse.GetValue(to), parse.GetValue(now), ct))));
        return command;
    }

    private static int Print<T>((T? Value, VersionFailure? Failure) outcome)
    {
        if (outcome.Failure is { } failure)
        {
            Console.Error.WriteLine(failure.Message);
            if (failure.Suggestions.Count > 0) Console.Error.WriteLine($"Did you mean: {string.Join(", ", failure.Suggestions)}");
            return failure.Kind == VersionFailureKind.Invalid ? 2 : 1;
        }
        Console.WriteLine(JsonSerializer.Serialize(outcome.Value, ContractJson.Indented));
        return 0;
    }

    private static async Task<int> RunAsync(Func<MetricVersions, Task<int>> action)
    {
        try
        {
            await using var services = CliServices.Build();
            return await action(services.GetRequiredService<MetricVersions>());
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"The configuration is not valid: {string.Join(" ", e.Failures)}");
            return 2;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not reach the catalog store: {e.Message}");
            return 2;
        }
    }
}
