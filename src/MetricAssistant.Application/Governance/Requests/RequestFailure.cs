namespace MetricAssistant.Application.Governance.Requests;

/// <summary>Why a requests call was not carried out: the kind decides the HTTP status; code and message say why, with did-you-mean suggestions.</summary>
public sealed record RequestFailure(RequestFailureKind Kind, string Code, string Message, IReadOnlyList<string>? Suggestions = null);
