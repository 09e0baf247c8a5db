using System.Text.Json.Nodes;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Execution;
using MetricAssistant.Infrastructure;
using MetricAssistant.Planner.Llm;
using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MetricAssistant.Application.Catalog;

namespace MetricAssistant.Planner.Llm.Tests;

/// <summary>
/// The LLM planner through Semantic Kernel against a chat server on loopback: what it sends (the prompt
/// file with the catalog's ids, JSON mode, temperature 0, the key), what it accepts (only catalog ids),
/// and that every unusable reply falls back to the offline rules.
/// </summary>
public sealed class LlmQuestionPlannerTests : IDisposable
{
    private static readonly DateTime Now = new(2025, 7, 15, 10, 0, 0);
    private const string Question = "上个月华东各渠道的GMV";
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static string Plan(string metric, string? dimensionValue = "east") => new JsonObject
    {
        ["outcome"] = "query",
        ["query"] = new JsonObject
        {
            ["metrics"] = new JsonArray(metric),
            ["groupBy"] = new JsonArray("channel"),
            ["filters"] = new JsonArray(new JsonObject { ["dimension"] = "region", ["op"] = "in", ["values"] = new JsonArray(dimensionValue) }),
            ["timeRange"] = new JsonObject { ["start"] = "2025-06-01", ["end"] = "2025-07-01" },
            // A split without a grain is ordered by the metric, largest first (evals/CONVENTIONS.md).
            ["grain"] = null, ["orderBy"] = new JsonArray(new JsonObject { ["field"] = metric, ["desc"] = true }), ["limit"] = null, ["compare"] = null,
        },
        ["alternatives"] = new JsonArray(),
    }.ToJsonString();

    private ServiceProvider Services(ChatCompletionTestServer server, int timeoutSeconds = 20)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Planner:Kind"] = "llm",
            ["Planner:Endpoint"] = new Uri(server.Address, "v1").ToString(),
            ["Planner:Model"] = "planner-test-model",
            ["Planner:ApiKey"] = "sk-planner",
            ["Planner:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Planner:PromptDirectory"] = Path.Combine(TestRepository.Root, "prompts"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        var root = new RepositoryRoot(directory.Path);
        services.AddSingleton(root);
        services.AddSingleton<ICatalogProvider>(new SwitchableCatalogProvider(TestRepository.Catalog));
        services.AddSingleton<ITimeResolver>(_ => new TimeExpressionResolver());
        services.AddMetricRetrieval(configuration);
        services.AddSingleton<UnderstandingProvider>();
        services.AddLlmPlanner(configuration, root);
        return services.BuildServiceProvider();
    }

    private static async Task<(UnderstandingResult Llm, UnderstandingResult Rules)> PlanAsync(ServiceProvider services, string question = Question)
    {
        var planner = services.GetRequiredService<IQuestionPlanner>();
        Assert.Equal("llm", planner.Name);
        var rules = services.GetRequiredService<RulesQuestionPlanner>();
        var llm = await planner.PlanAsync(TestRepository.Catalog, question, Now, _ => true, CancellationToken.None);
        return (llm, await rules.PlanAsync(TestRepository.Catalog, question, Now, _ => true, CancellationToken.None));
    }

    [Fact]
    public async Task A_valid_plan_becomes_the_query_and_the_request_carries_the_prompt_file_and_json_mode()
    {
        await using var server = await ChatCompletionTestServer.StartAsync(_ => Plan("gmv"));
        await using var services = Services(server);
        var (llm, rules) = await PlanAsync(services);

        Assert.Equal(UnderstandingOutcome.Query, llm.Outcome);
        Assert.Equal(rules.Query, llm.Query);
        Assert.Contains("gmv_net", llm.Alternatives);
        var request = Assert.Single(server.Requests);
        Assert.EndsWith("/chat/completions", request.Path, StringComparison.Ordinal);
        Assert.Equal("planner-test-model", request.Model);
        Assert.Equal("json_object", request.ResponseFormat);
        Assert.Equal(0, request.Temperature);
        Assert.Equal("Bearer sk-planner", request.Authorization);
        Assert.Equal(Question, request.User);
        Assert.Contains("You never write SQL", request.System, StringComparison.Ordinal); // prompts/planner.system.md
        Assert.Contains("- gmv: ", request.System, StringComparison.Ordinal);
        Assert.Contains("east=华东", request.System, StringComparison.Ordinal);
        Assert.Contains("2025-07-15", request.System, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown_metric")]
    [InlineData("value")]
    [InlineData("prose")]
    [InlineData("http400")]
    public async Task An_unusable_reply_falls_back_to_the_rules(string fault)
    {
        await using var server = await ChatCompletionTestServer.StartAsync(_ => fault switch
        {
            "unknown_metric" => Plan("revenue_of_dreams"),
            "value" => Plan("gmv", "atlantis"),
            "prose" => "It is probably GMV; SELECT * FROM orders",
            _ => null,
        });
        await using var services = Services(server);
        var (llm, rules) = await PlanAsync(services);
        Assert.NotEmpty(server.Requests);
        Assert.Equal(rules.Outcome, llm.Outcome);
        Assert.Equal(rules.Query, llm.Query);
    }

    [Fact]
    public async Task A_model_that_does_not_answer_in_time_leaves_the_answer_to_the_rules()
    {
        await using var server = await ChatCompletionTestServer.StartAsync(_ => Plan("gmv_ordered"), delay: TimeSpan.FromSeconds(30));
        await using var services = Services(server, timeoutSeconds: 1);
        var (llm, rules) = await PlanAsync(services);
        Assert.Equal(rules.Query, llm.Query);
    }

    [Fact]
    public async Task A_clarification_keeps_only_catalog_metrics()
    {
        await using var server = await ChatCompletionTestServer.StartAsync(_ =>
            """{"outcome": "clarify", "alternatives": ["conversion_rate", "appointment_conversion_rate", "made_up"]}""");
        await using var services = Services(server);
        var (llm, _) = await PlanAsync(services, "上个月转化率");
        Assert.Equal(UnderstandingOutcome.Clarify, llm.Outcome);
        Assert.Equal(["conversion_rate", "appointment_conversion_rate"], llm.Alternatives);
    }

    [Fact]
    public void The_llm_planner_needs_a_model()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Planner:Kind"] = "llm" }).Build();
        var services = new ServiceCollection();
        services.AddLlmPlanner(configuration, new RepositoryRoot(directory.Path));
        using var provider = services.BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PlannerOptions>>().Value);
        Assert.Contains("Planner:Model", error.Message, StringComparison.Ordinal);
    }
}
