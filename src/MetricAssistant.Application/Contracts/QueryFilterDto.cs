namespace MetricAssistant.Application.Contracts;

/// <summary>A filter as the contract writes it: <c>{ "dimension": "region", "op": "in", "values": ["east"] }</c>.</summary>
public sealed record QueryFilterDto(string? Dimension, string? Op, IReadOnlyList<string>? Values);
