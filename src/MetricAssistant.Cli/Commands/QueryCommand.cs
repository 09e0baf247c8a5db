using System.CommandLine;
using System.Text.Json;
using MetricAssistant.Application.Contracts;
using Microsoft.Extensions.DependencyInjection;
using MetricAssistant.Application.Execution;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>query --json '&lt;request&gt;' | --file request.json | --batch FILE.jsonl [--format json|table]</c>:
/// structured queries answered in the contract's shape.
/// </summary>
internal static class QueryCommand
{
    public static Command Build()
    {
        var json = new Option<string?>("--json") { Description = "The request as JSON: {\"query\": {...}, \"user\": \"ceo\", \"now\": \"2025-07-15T10:00:00\"}." };
        var file = new Option<string?>("--file") { Description = "A file holding one request as JSON." };
        var batch = new Option<string?>("--batch") { Description = "A JSONL file of requests; prints one JSON answer per line, in order." };
        var user = new Option<string?>("--user") { Description = "Who asks (demo identities), unless the request names a user." };
        var now = new Option<string?>("--now") { Description = "Reference time for default windows, unless the request gives one." };
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("query", "Run a structured query (the answer contract's query object).") { json, file, batch, user, now, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.BuildReadyAsync(ct);
            var service = services.GetRequiredService<QueryService>();
            var defaults = (User: parse.GetValue(user), Now: parse.GetValue(now));
            if (parse.GetValue(batch) is { } batchFile)
            {
                foreach (var line in await File.ReadAllLinesAsync(batchFile, ct))
                {
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    var answer = await AnswerAsync(service, line, defaults, ct);
                    Console.WriteLine(JsonSerializer.Serialize(answer, ContractJson.Options));
                }
                return 0;
            }
            var text = parse.GetValue(json) ?? (parse.GetValue(file) is { } path ? await File.ReadAllTextAsync(path, ct) : null);
            if (text is null)
            {
                Console.Error.WriteLine("Give the request with --json, --file or --batch.");
                return 2;
            }
            var single = await AnswerAsync(service, text, defaults, ct);
            AnswerPrinter.Print(single, parse.GetValue(format)!);
            return single.Status == AnswerStatus.Invalid ? 2 : 0;
        });
        return command;
    }

    private static async Task<Answer> AnswerAsync(QueryService service, string json, (string? User, string? Now) defaults, CancellationToken ct)
    {
        QueryRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<QueryRequest>(json, ContractJson.Options);
        }
        catch (JsonException e)
        {
            return new Answer { Status = AnswerStatus.Invalid, Message = $"Malformed JSON: {e.Message}", Error = new ErrorDto("malformed_json", e.Message, []) };
        }
        if (request is null) return new Answer { Status = AnswerStatus.Invalid, Message = "Empty request.", Error = new ErrorDto("missing_query", "Empty request.", []) };
        request = request with { User = request.User ?? defaults.User, Now = request.Now ?? defaults.Now };
        return await service.RunAsync(request, ct);
    }
}
