using System.CommandLine;
using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Learning;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>examples list [--status pending|accepted|rejected] [--limit N] [--format json|table] --user U</c>,
/// <c>examples accept ID --user U</c>, <c>examples reject ID --user U</c>: the learned examples a catalog owner
/// reviews, with the same rights as the API (the user must review the metrics' owner). Exit 0 when done,
/// 1 when refused or not found, 2 when the input or the configuration is unusable.
/// </summary>
internal static class ExamplesCommand
{
    private const int Refused = 1;
    private const int Unusable = 2;

    public static Command Build()
    {
        var command = new Command("examples", "Learned examples (clarification choices and 👍 answers): list, accept, reject.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Review("accept", ExampleStatus.Accepted, "Accept an example: the same wording is read as its metrics from the next question on."));
        command.Subcommands.Add(Review("reject", ExampleStatus.Rejected, "Reject an example: it never changes answers."));
        return command;
    }

    private static Option<string?> UserOption() => new("--user") { Description = "Who reviews (a demo user, e.g. fin_li, ceo, ecom_zhao)." };

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "Only pending, accepted or rejected examples." };
        var limit = new Option<string?>("--limit") { Description = $"At most this many, 1–{LearnedExampleService.MaxLimit} (default {LearnedExampleService.DefaultLimit})." };
        var format = new Option<string>("--format") { Description = "json or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "table");
        var user = UserOption();
        var command = new Command("list", "The examples you may review, newest sighting first.") { status, limit, format, user };
        command.SetAction(async (parse, ct) => await RunAsync(async service =>
        {
            var (examples, failure) = await service.ListAsync(null, parse.GetValue(user), parse.GetValue(status), parse.GetValue(limit), ct);
            if (failure is not null) return Fail(failure);
            if (parse.GetValue(format) == "json") Console.WriteLine(JsonSerializer.Serialize(examples, ContractJson.Indented));
            else Print(examples);
            return 0;
        }));
        return command;
    }

    private static Command Review(string name, ExampleStatus decision, string description)
    {
        var id = new Argument<string>("id") { Description = "The example's id (from examples list)." };
        var user = UserOption();
        var command = new Command(name, description) { id, user };
        command.SetAction(async (parse, ct) => await RunAsync(async service =>
        {
            var (example, failure) = await service.ReviewAsync(null, parse.GetValue(user), parse.GetValue(id)!, decision, ct);
            if (failure is not null) return Fail(failure);
            Console.WriteLine($"Example {example!.Id} \"{example.Question}\" → {string.Join(", ", example.Metrics)}: {ExampleName(example.Status)} by {example.ReviewedBy}.");
            return 0;
        }));
        return command;
    }

    private static async Task<int> RunAsync(Func<LearnedExampleService, Task<int>> action)
    {
        try
        {
            await using var services = CliServices.Build();
            return await action(services.GetRequiredService<LearnedExampleService>());
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"The configuration is not valid: {string.Join(" ", e.Failures)}");
            return Unusable;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not reach the examples store: {e.Message}");
            return Unusable;
        }
    }

    private static int Fail(ExampleReviewFailure failure)
    {
        Console.Error.WriteLine(failure.Message);
        if (failure.Suggestions is { Count: > 0 } suggestions) Console.Error.WriteLine($"Did you mean: {string.Join(", ", suggestions)}");
        return failure.Kind is ExampleFailureKind.Forbidden or ExampleFailureKind.NotFound ? Refused : Unusable;
    }

    private static void Print(IReadOnlyList<LearnedExample> examples)
    {
        if (examples.Count == 0)
        {
            Console.WriteLine("No examples.");
            return;
        }
        var table = new Table().AddColumns("id", "question", "metrics", "from", "status", "count", "first", "last seen");
        foreach (var e in examples)
        {
            table.AddRow(e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(e.Question), Markup.Escape(string.Join(", ", e.Metrics)),
                ExampleName(e.Origin), ExampleName(e.Status), e.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(e.FirstUserId), e.LastSeen.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
    }

    private static string ExampleName<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
