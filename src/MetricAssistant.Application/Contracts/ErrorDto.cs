namespace MetricAssistant.Application.Contracts;

/// <summary>Why a request was not answered, with what could be used instead.</summary>
public sealed record ErrorDto(string Code, string Message, IReadOnlyList<string> Suggestions);
