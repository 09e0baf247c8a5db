using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>audit verify</c> (the hash chain, end to end; exit 1 when broken) and <c>audit replay ID</c> (rerun an answer's
/// SQL with its recorded parameters; exit 1 when the rows are not identical). The CLI is the operator's tool: whoever
/// can run it can read the audit database itself, so no audit right is asked of it.
/// </summary>
internal static class AuditChainCommands
{
    private const int Differs = 1;
    private const int Unusable = 2;

    public static Command Verify()
    {
        var format = Format();
        var command = new Command("verify", "Check the audit trail's hash chain: valid, or the first deleted, inserted, altered or reordered entry.") { format };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            if (Chain(services) is not { } chain) return Unusable;
            AuditVerification result;
            try
            {
                result = await chain.VerifyAsync(ct);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
            {
                Console.Error.WriteLine($"Could not read the audit trail: {e.Message}");
                return Unusable;
            }
            if (parse.GetValue(format) == "json") Console.WriteLine(JsonSerializer.Serialize(result, ContractJson.Indented));
            else if (result.Valid)
                Console.WriteLine($"The audit chain is intact: {result.Checked} entr{(result.Checked == 1 ? "y" : "ies")} checked" +
                    (result.Unchained > 0 ? $", of which {result.Unchained} written before the chain existed (not vouched for)" : "") +
                    (result.HeadSeq is { } seq ? $". Head: position {seq}, hash {result.HeadHash}." : "."));
            else
                Console.WriteLine($"The audit chain is broken at entry {result.FirstBreak!.EntryId} ({result.FirstBreak.Kind.ToString().ToLowerInvariant()}): {result.FirstBreak.Message}");
            return result.Valid ? 0 : Differs;
        });
        return command;
    }

    public static Command Replay()
    {
        var id = new Argument<long>("id") { Description = "The audit entry's id (the id column of `audit --format json`)." };
        var format = Format();
        var command = new Command("replay", "Rerun an audited answer's SQL with its recorded parameters and say whether the rows are identical, or why not.") { id, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.BuildReadyAsync(ct);
            if (Chain(services) is null) return Unusable;
            AuditReplayResult? result;
            try
            {
                result = await services.GetRequiredService<AuditReplayService>().ReplayAsync(parse.GetValue(id), ct);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException)
            {
                Console.Error.WriteLine($"Could not replay: {e.Message}");
                return Unusable;
            }
            if (result is null)
            {
                Console.Error.WriteLine($"There is no audit entry {parse.GetValue(id).ToString(CultureInfo.InvariantCulture)}.");
                return Unusable;
            }
            if (parse.GetValue(format) == "json") Console.WriteLine(JsonSerializer.Serialize(result, ContractJson.Indented));
            else Console.WriteLine($"Entry {result.EntryId}: {Name(result.Verdict)}. {result.Message} (rows then {result.RecordedRowCount}, now {result.ReplayedRowCount?.ToString(CultureInfo.InvariantCulture) ?? "-"})");
            return result.Identical ? 0 : Differs;
        });
        return command;
    }

    private static string Name(AuditReplayVerdict verdict) => JsonNamingPolicy.SnakeCaseLower.ConvertName(verdict.ToString());

    private static Option<string> Format()
    {
        var format = new Option<string>("--format") { Description = "json or text.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("json", "text");
        return format;
    }

    private static IAuditChain? Chain(IServiceProvider services)
    {
        try
        {
            if (services.GetService<IAuditLog>() is IAuditChain chain) return chain;
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"The configuration is not valid: {string.Join(" ", e.Failures)}");
            return null;
        }
        Console.Error.WriteLine("The audit trail is off here (Audit:Store is none): there is no chain to check or entry to replay.");
        return null;
    }
}
