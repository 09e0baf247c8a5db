using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Application.Search;

/// <summary>What the search box shows for the text typed so far.</summary>
public sealed record SearchResponse(string Query, IReadOnlyList<SearchSuggestion> Suggestions);
