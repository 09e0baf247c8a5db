using System.Text.Json;

namespace MetricAssistant.Application.Governance.Proposals;

/// <summary>A submitted revision as the API shows it: the definition as sent and the document it would publish.</summary>
public sealed record ProposalRevisionView(int Number, string Author, DateTimeOffset At, string Reason, bool BumpsVersion, JsonElement Definition, string Yaml);
