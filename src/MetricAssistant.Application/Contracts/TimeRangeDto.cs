namespace MetricAssistant.Application.Contracts;

/// <summary>Half-open ISO dates: start inclusive, end exclusive.</summary>
public sealed record TimeRangeDto(string? Start, string? End);
