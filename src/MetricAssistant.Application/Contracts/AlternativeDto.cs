namespace MetricAssistant.Application.Contracts;

public sealed record AlternativeDto(string Id, string Name);
