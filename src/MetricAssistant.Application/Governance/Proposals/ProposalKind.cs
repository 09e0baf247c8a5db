namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>
/// What a proposal does: a new metric, a change (full or partial: synonyms and typical questions are a change of
/// only those fields), a deprecation (successor and sunset date) or a retirement (never answered again).
/// </summary>
public enum ProposalKind { Create, Change, Deprecate, Retire }
