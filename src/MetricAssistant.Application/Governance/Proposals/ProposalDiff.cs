using MetricAssistant.Catalog.Versions;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>What the proposal changes against its base, field by field, and whether that moves the version.</summary>
public sealed record ProposalDiff(IReadOnlyList<FieldChange> Fields, bool ChangesComputation);
