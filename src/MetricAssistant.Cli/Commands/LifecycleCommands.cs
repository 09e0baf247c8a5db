using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance.Proposals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Cli.Commands;

/// <summary>
/// <c>catalog propose|review|publish|proposals</c>: the lifecycle for scripts and CI, with the same rules and rights as
/// the API (the <c>--user</c> is a demo identity). Prints JSON; exit 0 when done, 1 when refused (403/404/409),
/// 2 when the input or the configuration is unusable.
/// </summary>
internal static class LifecycleCommands
{
    private const int Refused = 1;
    private const int Unusable = 2;

    public static void AddTo(Command catalog)
    {
        catalog.Subcommands.Add(Propose());
        catalog.Subcommands.Add(Review());
        catalog.Subcommands.Add(Publish());
        catalog.Subcommands.Add(List());
    }

    private static Option<string?> UserOption() => new("--user") { Description = "Who acts (a demo user: fin_li, ceo, east_wang, ecom_zhao)." };

    private static Command Propose()
    {
        var kind = new Option<string>("--kind") { Description = "create, change, deprecate or retire.", Required = true };
        var metric = new Option<string>("--metric") { Description = "The metric's id, e.g. gmv.", Required = true };
        var file = new Option<string?>("--file") { Description = "The definition (JSON or YAML): full for create, only the changed fields for change, replacedBy/sunset for deprecate." };
        var reason = new Option<string>("--reason") { Description = "Why (the changelog entry when the version moves).", Required = true };
        var baseVersion = new Option<int?>("--base-version") { Description = "The version the proposal is made against (default: the current one)." };
        var user = UserOption();
        var command = new Command("propose", "Propose a new metric, a change, a deprecation or a retirement; prints {id, status, bumpsVersion}.") { kind, metric, file, reason, baseVersion, user };
        command.SetAction(async (parse, ct) =>
        {
            JsonElement? definition = null;
            if (parse.GetValue(file) is { } path)
            {
                try
                {
                    definition = ReadDefinition(path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or YamlException)
                {
                    Console.Error.WriteLine($"Cannot read the definition '{path}': {e.Message}");
                    return Unusable;
                }
            }
            var request = new ProposalRequest(parse.GetValue(kind), parse.GetValue(metric), parse.GetValue(baseVersion), definition, parse.GetValue(reason), parse.GetValue(user));
            return await RunAsync(async sp => Print(await sp.GetRequiredService<ProposalService>().CreateAsync(null, request, ct)));
        });
        return command;
    }

    private static Command Review()
    {
        var id = new Argument<string>("id") { Description = "The proposal's id." };
        var decision = new Option<string>("--decision") { Description = "approve, reject or request_changes.", Required = true };
        var comment = new Option<string?>("--comment") { Description = "Why (required to reject or request changes)." };
        var user = UserOption();
        var command = new Command("review", "Review a proposal.") { id, decision, comment, user };
        command.SetAction(async (parse, ct) => await RunAsync(async sp => Print(await sp.GetRequiredService<ProposalReviewService>().ReviewAsync(null, parse.GetValue(id)!,
            new ReviewRequest(parse.GetValue(decision), parse.GetValue(comment), parse.GetValue(user)), ct))));
        return command;
    }

    private static Command Publish()
    {
        var id = new Argument<string>("id") { Description = "The proposal's id." };
        var user = UserOption();
        var command = new Command("publish", "Publish an approved proposal; prints {metricId, version}.") { id, user };
        command.SetAction(async (parse, ct) => await RunAsync(async sp => Print(await sp.GetRequiredService<ProposalPublisher>().PublishAsync(null, parse.GetValue(id)!,
            new PublishRequest(parse.GetValue(user)), ct))));
        return command;
    }

    private static Command List()
    {
        var status = new Option<string?>("--status") { Description = "in_review, changes_requested, approved, rejected or published." };
        var metric = new Option<string?>("--metric") { Description = "Only proposals for this metric." };
        var user = UserOption();
        var command = new Command("proposals", "Proposals, newest first.") { status, metric, user };
        command.SetAction(async (parse, ct) => await RunAsync(async sp => Print(await sp.GetRequiredService<ProposalService>().ListAsync(null, parse.GetValue(user),
            parse.GetValue(status), parse.GetValue(metric), ct))));
        return command;
    }

    private static int Print<T>((T? Value, GovernanceFailure? Failure) outcome)
    {
        if (outcome.Failure is { } failure)
        {
            Console.Error.WriteLine(failure.Message);
            foreach (var problem in failure.Problems)
                Console.Error.WriteLine($"  {problem.File}{(problem.Line > 0 ? $":{problem.Line}" : "")}{(problem.Field is null ? "" : $" ({problem.Field})")}: {problem.Message}{(problem.Suggestion is null ? "" : $" — {problem.Suggestion}")}");
            if (failure.Suggestions is { Count: > 0 } suggestions) Console.Error.WriteLine($"Did you mean: {string.Join(", ", suggestions)}");
            if (failure.Conflict is { } conflict) Console.Error.WriteLine(JsonSerializer.Serialize(conflict, ContractJson.Indented));
            return failure.Kind is GovernanceFailureKind.Invalid or GovernanceFailureKind.UnknownCaller ? Unusable : Refused;
        }
        Console.WriteLine(JsonSerializer.Serialize(outcome.Value, ContractJson.Indented));
        return 0;
    }

    private static async Task<int> RunAsync(Func<IServiceProvider, Task<int>> action)
    {
        try
        {
            await using var services = CliServices.Build();
            return await action(services);
        }
        catch (OptionsValidationException e)
        {
            Console.Error.WriteLine($"The configuration is not valid: {string.Join(" ", e.Failures)}");
            return Unusable;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Could not reach the governance store: {e.Message}");
            return Unusable;
        }
    }

    /// <summary>A JSON file as it is; a YAML file as the same JSON (numbers and true/false as such, the rest as strings).</summary>
    private static JsonElement ReadDefinition(string path)
    {
        var text = File.ReadAllText(path);
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return JsonDocument.Parse(text).RootElement.Clone();
        return YamlDefinition(text);
    }

    /// <summary>A metric definition written in YAML as the JSON a proposal takes.</summary>
    internal static JsonElement YamlDefinition(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (stream.Documents.FirstOrDefault()?.RootNode is { } root) Write(writer, root);
            else writer.WriteNullValue();
        }
        return JsonDocument.Parse(Encoding.UTF8.GetString(buffer.ToArray())).RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)key).Value ?? "");
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case YamlSequenceNode list:
                writer.WriteStartArray();
                foreach (var item in list.Children) Write(writer, item);
                writer.WriteEndArray();
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: { } v } when long.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                writer.WriteNumberValue(number);
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } flag:
                writer.WriteBooleanValue(flag.Value == "true");
                break;
            case YamlScalarNode scalar:
                writer.WriteStringValue(scalar.Value);
                break;
        }
    }
}
