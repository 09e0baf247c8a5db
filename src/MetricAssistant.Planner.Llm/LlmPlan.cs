using System.Text.Json.Serialization;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Planner.Llm;

/// <summary>The model's reply: <c>{"outcome": "query", "query": {…the contract's query…}, "alternatives": []}</c>.</summary>
public sealed record LlmPlan(
    [property: JsonPropertyName("outcome")] string? Outcome,
    [property: JsonPropertyName("query")] QueryDto? Query,
    [property: JsonPropertyName("alternatives")] IReadOnlyList<string>? Alternatives);
