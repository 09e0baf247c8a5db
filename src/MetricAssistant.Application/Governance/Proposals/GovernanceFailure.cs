namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// Why a governance request was not carried out. A user's mistake is a value, never an exception: the kind decides
/// the HTTP status, <see cref="Code"/> and <see cref="Message"/> say why, <see cref="Suggestions"/> what was meant.
/// </summary>
public sealed record GovernanceFailure(GovernanceFailureKind Kind, string Code, string Message, IReadOnlyList<string>? Suggestions = null)
{
    /// <summary>For a proposed definition that does not validate: every problem with its file and field.</summary>
    public IReadOnlyList<GovernanceProblem> Problems { get; init; } = [];

    /// <summary>For a conflict: the versions and both diffs.</summary>
    public ProposalConflict? Conflict { get; init; }

    public static GovernanceFailure Invalid(string message, IReadOnlyList<string>? suggestions = null) => new(GovernanceFailureKind.Invalid, "invalid", message, suggestions);

    public static GovernanceFailure Forbidden(string message) => new(GovernanceFailureKind.Forbidden, "forbidden", message);

    public static GovernanceFailure NotFound(string message, IReadOnlyList<string>? suggestions = null) => new(GovernanceFailureKind.NotFound, "not_found", message, suggestions);
}
