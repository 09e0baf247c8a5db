namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>Why a lineage request was not answered: the kind decides the HTTP status, the code and message say why, suggestions are the did-you-mean.</summary>
public sealed record LineageFailure(LineageFailureKind Kind, string Code, string Message, IReadOnlyList<string> Suggestions);

/// <summary>Invalid input or an unknown caller (400), no governance right (403), an unknown metric, table or column (404).</summary>
public enum LineageFailureKind { Invalid, Forbidden, NotFound }
