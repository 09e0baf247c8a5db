namespace MetricAssistant.Application.Contracts;

public sealed record TimingsDto(double UnderstandMs, double CompileMs, double ExecuteMs, double TotalMs);
