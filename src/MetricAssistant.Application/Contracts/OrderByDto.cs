namespace MetricAssistant.Application.Contracts;

public sealed record OrderByDto(string? Field, bool Desc);
