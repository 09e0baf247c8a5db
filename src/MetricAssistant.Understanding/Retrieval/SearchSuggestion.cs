namespace MetricAssistant.Understanding.Retrieval;

/// <summary>A suggestion for the portal's search box: a metric or an example question.</summary>
public sealed record SearchSuggestion(string Kind, string Text, string? MetricId, bool Official, double Score);
