using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Governance.Proposals;
using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Api.Endpoints;

/// <summary>
/// A refused governance request as the contract shapes it: <c>error.code/message/suggestions</c> (with each problem of a
/// proposed definition), <c>reason</c> for a 403, and for a 409 the conflicting versions and their diffs.
/// </summary>
public sealed record GovernanceErrorBody(
    GovernanceErrorDetail Error,
    string Reason,
    string? MetricId = null,
    int? BaseVersion = null,
    int? CurrentVersion = null,
    long? BaseRevision = null,
    long? CurrentRevision = null,
    string? CurrentAuthor = null,
    ConflictDiff? Diff = null)
{
    public static GovernanceErrorBody From(GovernanceFailure failure)
    {
        var detail = new GovernanceErrorDetail(failure.Code, failure.Message, failure.Suggestions ?? [], failure.Problems);
        return failure.Conflict is not { } c
            ? new GovernanceErrorBody(detail, failure.Message)
            : new GovernanceErrorBody(detail, failure.Message, c.MetricId, c.BaseVersion, c.CurrentVersion, c.BaseRevision, c.CurrentRevision, c.CurrentAuthor,
                new ConflictDiff(c.CurrentChanges, c.ProposedChanges));
    }
}

/// <summary>The contract's error object, with the problems of a proposed definition (file, line, field).</summary>
public sealed record GovernanceErrorDetail(string Code, string Message, IReadOnlyList<string> Suggestions, IReadOnlyList<GovernanceProblem> Problems);

/// <summary>A conflict's two diffs from the common base: what was published since, and what the proposal would change.</summary>
public sealed record ConflictDiff(IReadOnlyList<FieldChange> Current, IReadOnlyList<FieldChange> Proposed);
