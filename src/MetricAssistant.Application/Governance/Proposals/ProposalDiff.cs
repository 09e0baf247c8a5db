using MetricAssistant.Application.Governance.Versions;
using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>What the proposal changes against its base, field by field, and whether that moves the version.</summary>
/// <remarks><see cref="Sql"/>: a reference query's SQL under the base and the proposed definition, described in <see cref="Reference"/>.</remarks>
public sealed record ProposalDiff(IReadOnlyList<FieldChange> Fields, bool ChangesComputation, DiffSqlDto? Sql = null, ReferenceQueryDto? Reference = null);
