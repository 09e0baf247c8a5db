namespace MetricAssistant.Application.Contracts;

public sealed record ColumnDto(string Name, string Type);
