namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>The document a proposal would publish, its version, and whether that version moved (a computing change).</summary>
public sealed record ProposedText(string Yaml, int Version, bool BumpsVersion);
