using System.CommandLine;
using System.Text.Json;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>ask "上个月华东区的GMV" [--user U] [--now T] [--format json|table]</c>, or
/// <c>ask --batch FILE.jsonl</c>: one JSON answer per line, in the input's order.
/// </summary>
internal static class AskCommand
{
    public static Command Build()
    {
        var question = new Argument<string?>("question") { Description = "The question, in Chinese or English.", Arity = ArgumentArity.ZeroOrOne };
        var user = new Option<string?>("--user") { Description = "Who asks (a demo identity)." };
        var now = new Option<string?>("--now") { Description = "Reference time for relative expressions, e.g. 2025-07-15T10:00:00." };
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var batch = new Option<string?>("--batch") { Description = "A JSONL file of {question, user, now}; prints one JSON answer per line." };
        var command = new Command("ask", "Ask a question the way you would ask a colleague.") { question, user, now, format, batch };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.BuildReadyAsync(ct);
            var service = services.GetRequiredService<IAskService>();
            if (parse.GetValue(batch) is { } file)
            {
                foreach (var line in await File.ReadAllLinesAsync(file, ct))
                {
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    Answer answer;
                    try
                    {
                        var request = JsonSerializer.Deserialize<AskRequest>(line, ContractJson.Options) ?? new AskRequest(null);
                        answer = await service.AskAsync(request with { User = request.User ?? parse.GetValue(user), Now = request.Now ?? parse.GetValue(now) }, ct);
                    }
                    catch (JsonException e)
                    {
                        answer = new Answer { Status = AnswerStatus.Invalid, Message = $"Malformed JSON: {e.Message}", Error = new ErrorDto("malformed_json", e.Message, []) };
                    }
                    Console.WriteLine(JsonSerializer.Serialize(answer, ContractJson.Options));
                }
                return 0;
            }
            var single = await service.AskAsync(new AskRequest(parse.GetValue(question), parse.GetValue(user), parse.GetValue(now)), ct);
            AnswerPrinter.Print(single, parse.GetValue(format)!);
            return single.Status == AnswerStatus.Invalid ? 2 : 0;
        });
        return command;
    }
}
