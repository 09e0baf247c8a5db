namespace MetricAssistant.Application.Learning;

/// <summary>Why an examples request was not carried out: the kind decides the HTTP status, the message says why.</summary>
public sealed record ExampleReviewFailure(ExampleFailureKind Kind, string Message, IReadOnlyList<string>? Suggestions = null);
