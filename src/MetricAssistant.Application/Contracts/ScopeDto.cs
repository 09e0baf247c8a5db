namespace MetricAssistant.Application.Contracts;

/// <summary>A row rule applied because of who asked.</summary>
public sealed record ScopeDto(string Dimension, string Op, IReadOnlyList<string> Values, string Reason);
