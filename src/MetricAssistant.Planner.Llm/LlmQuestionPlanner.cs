using System.Text.Json;
using MetricAssistant.Application.Asking;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Windows;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Planner.Llm;

/// <summary>
/// A chat model (through Semantic Kernel) reads the question into the contract's query, choosing only among
/// the catalog's ids. The reply is checked against the catalog; when it is not usable (names an unknown id,
/// is not JSON, comes too late, the service is down) the offline rules answer instead, so the model is an
/// option and never a crutch.
/// </summary>
public sealed class LlmQuestionPlanner(
    IChatCompletionService chat, PlannerPrompt prompt, RulesQuestionPlanner rules, IMetricRetriever retriever, PlannerOptions options, ILogger<LlmQuestionPlanner> logger)
    : IQuestionPlanner
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public string Name => "llm";

    public async Task<UnderstandingResult> PlanAsync(SemanticCatalog catalog, string question, DateTime now, Func<string, bool> allow, CancellationToken cancellationToken)
    {
        // The rules run first: they tell the language, and they are the answer whenever the model's is not usable.
        var fallback = await rules.PlanAsync(catalog, question, now, allow, cancellationToken);
        var candidates = (await retriever.RetrieveAsync(question, options.MaxCandidates, allow, cancellationToken))
            .Select(c => catalog.FindMetric(c.MetricId)).OfType<MetricDefinition>().ToList();
        foreach (var id in fallback.Query?.Metrics ?? fallback.Alternatives)
            if (catalog.FindMetric(id) is { } m && allow(id) && !candidates.Contains(m)) candidates.Add(m);
        if (candidates.Count == 0) return fallback;

        var history = new ChatHistory(prompt.Render(catalog, candidates, now, fallback.Language));
        history.AddUserMessage(question);
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0, ResponseFormat = "json_object" };
        string? reply;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
        try
        {
            reply = (await chat.GetChatMessageContentAsync(history, settings, kernel: null, timeout.Token)).Content;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpOperationException or OperationCanceledException or HttpRequestException or KernelException)
        {
            logger.LogWarning(e, "LLM planner unavailable; the rules answered");
            return fallback;
        }

        var plan = Parse(reply);
        var result = plan is null ? null : Interpret(plan, catalog, now, allow, fallback.Language);
        if (result is null) logger.LogWarning("LLM planner reply not usable; the rules answered: {Reply}", Clip(reply));
        return result ?? fallback;
    }

    private static LlmPlan? Parse(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply)) return null;
        // Some models wrap JSON in a fence: ```json {…} ```
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        if (start < 0 || end <= start) return null;
        try
        {
            return JsonSerializer.Deserialize<LlmPlan>(reply.AsSpan(start, end - start + 1), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The plan as an understanding, or null when it names anything the catalog (or the asker) does not have.</summary>
    internal static UnderstandingResult? Interpret(LlmPlan plan, SemanticCatalog catalog, DateTime now, Func<string, bool> allow, string language)
    {
        var alternatives = (plan.Alternatives ?? []).Where(id => catalog.FindMetric(id) is { IsPublished: true } && allow(id)).Distinct().ToArray();
        switch (plan.Outcome)
        {
            case "clarify":
                return alternatives.Length >= 2 ? UnderstandingResult.Clarify(language, alternatives) : null;
            case "not_found":
                return UnderstandingResult.NotFound(language, alternatives);
            case "query" when plan.Query is not null:
                break;
            default:
                return null;
        }

        var today = DateOnly.FromDateTime(now);
        var (query, error) = QueryTranslator.ToSemantic(plan.Query, id => catalog.FindMetric(id) is { } m ? DefaultWindows.Resolve(m.DefaultWindow, today) : null);
        if (query is null || error is not null || !Known(query, catalog)) return null;

        var metric = catalog.FindMetric(query.Metrics[0])!;
        var notices = new List<Notice>();
        if (plan.Query.TimeRange is null) notices.Add(new DefaultWindowUsed(metric.DefaultWindow));
        var variants = catalog.Families.Of(metric.Family)
            .Where(m => m.Id != metric.Id && m.IsPublished && allow(m.Id))
            .OrderByDescending(m => m.Official).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Id).ToArray();
        if (metric.Official && variants.Length > 0) notices.Add(new OfficialChosen(metric.Id));
        return new UnderstandingResult(UnderstandingOutcome.Query, language, query, variants, notices);
    }

    private static bool Known(SemanticQuery query, SemanticCatalog catalog) =>
        query.Metrics.All(id => catalog.FindMetric(id) is { IsPublished: true })
        && query.GroupBy.All(d => catalog.FindDimension(d) is not null)
        && query.Filters.All(f => catalog.FindDimension(f.Dimension) is { } d && f.Values.All(v => d.FindValue(v) is not null))
        && query.Ordering.All(o => query.Metrics.Contains(o.Field) || query.GroupBy.Contains(o.Field));

    private static string Clip(string? text) => text is null ? "" : text.Length <= 300 ? text : text[..300] + "…";
}
