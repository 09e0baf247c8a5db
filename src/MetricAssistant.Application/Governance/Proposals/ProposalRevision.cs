namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// One submitted version of a proposal (the first, then each answer to requested changes), kept as sent:
/// <see cref="DefinitionJson"/> is the definition (full or partial) in the contract's JSON, <see cref="Yaml"/> the
/// document it would publish, as worked out when it was submitted.
/// </summary>
public sealed record ProposalRevision(int Number, string DefinitionJson, string Yaml, bool BumpsVersion, string Author, DateTimeOffset At, string Reason);
