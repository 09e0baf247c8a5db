using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MetricAssistant.Application.Audit;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Time;
using MetricAssistant.Infrastructure.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>audit [--user U] [--status S] [--metric M] [--from ISO] [--to ISO] [--limit N] [--format json|table]</c>:
/// the audit trail, newest first, read through the configured <see cref="IAuditLog"/>.
/// </summary>
internal static class AuditCommand
{
    private const int Unusable = 2;

    public static Command Build()
    {
        var user = new Option<string?>("--user") { Description = "Only this user's entries." };
        var status = new Option<string?>("--status") { Description = "Only this answer status (ok, invalid, not_found, …)." };
        var metric = new Option<string?>("--metric") { Description = "Only entries about this metric id." };
        var from = new Option<string?>("--from") { Description = "From this time, inclusive (ISO 8601; without an offset: the organisation's time zone)." };
        var to = new Option<string?>("--to") { Description = "Before this time, exclusive (ISO 8601)." };
        var limit = new Option<string?>("--limit") { Description = $"At most this many entries, 1–{AuditQueryRules.MaxLimit} (default {AuditQueryRules.DefaultLimit})." };
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("audit", "Read the audit trail: every answer and refusal, newest first; `audit verify` checks its hash chain, `audit replay ID` reruns an answer.")
        {
            user, status, metric, from, to, limit, format, AuditChainCommands.Verify(), AuditChainCommands.Replay(),
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliServices.Build();
            IAuditLog? log;
            TimeZoneInfo zone;
            try
            {
                log = services.GetService<IAuditLog>();
                zone = Zone(services);
            }
            catch (OptionsValidationException e)
            {
                Console.Error.WriteLine($"The configuration is not valid: {string.Join(" ", e.Failures)}");
                return Unusable;
            }
            if (log is null)
            {
                Console.Error.WriteLine("No audit log is configured: the CLI's services do not register IAuditLog (AddAuditLog is not wired into CliServices yet).");
                return Unusable;
            }
            if (log is NoAuditLog)
            {
                Console.Error.WriteLine("The audit trail is off here: Audit:Store is none, or AddAuditLog is not wired into the CLI's services yet, so nothing was recorded to read.");
                return Unusable;
            }
            if (!AuditQueryRules.TryParse(parse.GetValue(user), parse.GetValue(status), parse.GetValue(metric), parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit), zone,
                    out var query, out var problems))
            {
                foreach (var problem in problems) Console.Error.WriteLine(problem);
                return Unusable;
            }
            IReadOnlyList<AuditEntry> entries;
            try
            {
                entries = await log.ReadAsync(query, ct);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Could not read the audit trail: {e.Message}");
                return Unusable;
            }
            if (parse.GetValue(format) == "json") Console.WriteLine(JsonSerializer.Serialize(entries, ContractJson.Indented));
            else PrintTable(entries, query.Limit, zone);
            return 0;
        });
        return command;
    }

    private static TimeZoneInfo Zone(IServiceProvider services)
    {
        var name = services.GetService<IOptions<OrganizationOptions>>()?.Value.TimeZone;
        return name is not null && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    private static void PrintTable(IReadOnlyList<AuditEntry> entries, int limit, TimeZoneInfo zone)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(new TableColumn("id").RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape($"time ({zone.Id})")).NoWrap());
        table.AddColumns("user", "door", "status", "metric");
        table.AddColumn(new TableColumn("rows").RightAligned()).AddColumn(new TableColumn("ms").RightAligned());
        table.AddColumns("error", "question");
        foreach (var e in entries)
        {
            table.AddRow(
                e.Seal?.Id.ToString(CultureInfo.InvariantCulture) ?? "",
                Markup.Escape(TimeZoneInfo.ConvertTime(e.Time, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
                Markup.Escape(e.UserId),
                Markup.Escape(e.Door),
                Markup.Escape(e.Status),
                Markup.Escape(e.MetricId is null ? "" : e.MetricVersion is { } v ? $"{e.MetricId} v{v}" : e.MetricId),
                e.RowCount.ToString("#,0", CultureInfo.InvariantCulture),
                e.DurationMs.ToString("0.0", CultureInfo.InvariantCulture),
                Markup.Escape(e.ErrorCode ?? ""),
                Markup.Escape(Shorten(e.Question)));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"[grey]{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")}, newest first{(entries.Count == limit ? $" (limit {limit} reached; narrow the filters or raise --limit)" : "")}.[/]");
    }

    private static string Shorten(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var line = text.ReplaceLineEndings(" ");
        return line.Length > 60 ? line[..60] + "…" : line;
    }
}
