using System.Text.Json.Serialization;
using MetricAssistant.Application.Execution;

namespace MetricAssistant.Application.Contracts;

/// <summary>The one answer shape of every door (see docs/answer-contract.md); fields are the contract.</summary>
public sealed record Answer
{
    public required string Status { get; init; }
    public string? Question { get; init; }
    public MetricRefDto? Metric { get; init; }
    public QueryDto? Query { get; init; }
    public IReadOnlyList<ScopeDto> Scope { get; init; } = [];
    public IReadOnlyList<ColumnDto> Columns { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; init; } = [];
    public string? Definition { get; init; }
    public string? Sql { get; init; }
    public string? Message { get; init; }
    public IReadOnlyList<AlternativeDto> Alternatives { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public TimingsDto Timings { get; init; } = new(0, 0, 0, 0);
    public ErrorDto? Error { get; init; }

    /// <summary>The previous question of the conversation this one followed on from (additive; null for a question on its own).</summary>
    public string? FollowUpOf { get; init; }

    /// <summary>A "why" question (additive; empty otherwise): how much each value of the metric's main dimensions moved — where the change came from, not its cause.</summary>
    public IReadOnlyList<ContributionDto> Contributions { get; init; } = [];

    /// <summary>The answer formatted for people in the answer's language (additive; null unless answered).</summary>
    public AnswerDisplay? Display { get; init; }

    /// <summary>How recent the data is and whether it is older than the metric's schedule (additive; null unless answered, or when unknown).</summary>
    public FreshnessDto? Freshness { get; init; }

    /// <summary>How the answer was computed (bound values, columns, definitions' versions), for the audit trail only: never serialised.</summary>
    [JsonIgnore]
    public AnswerExecution? Execution { get; init; }
}
