using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals.Scoring;

/// <summary>The parts of an answer the report keeps: status, metric, the query as run, the offered alternatives, message and error.</summary>
public sealed record ActualAnswer(
    string Status,
    string? MetricId,
    QueryDto? Query,
    IReadOnlyList<string> Alternatives,
    string? Message,
    string? ErrorCode,
    int RowCount,
    IReadOnlyList<QueryFilterDto>? Scope = null)
{
    /// <summary>Status of a case whose <c>AskAsync</c> threw.</summary>
    public const string ErrorStatus = "error";

    /// <summary>Status of a case whose <c>AskAsync</c> did not finish within the per-case timeout.</summary>
    public const string TimeoutStatus = "timeout";

    /// <summary>Status of a click turn whose metric the previous answer did not offer as a choice: no user could have clicked it.</summary>
    public const string NotOfferedStatus = "not_offered";

    public static ActualAnswer From(Answer answer) => new(
        answer.Status,
        answer.Metric?.Id,
        answer.Query,
        answer.Alternatives.Select(a => a.Id).ToArray(),
        answer.Message,
        answer.Error?.Code,
        answer.Rows.Count,
        answer.Scope.Select(s => new QueryFilterDto(s.Dimension, s.Op, s.Values)).ToArray());

    public static ActualAnswer Failed(string status, string message) => new(status, null, null, [], message, null, 0);
}
