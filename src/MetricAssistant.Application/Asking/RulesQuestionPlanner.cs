using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Asking;

/// <summary>The offline, deterministic reader: catalog terms, time rules, typo matching and retrieval.</summary>
public sealed class RulesQuestionPlanner(UnderstandingProvider understanding) : IQuestionPlanner
{
    public string Name => "rules";

    public Task<UnderstandingResult> PlanAsync(SemanticCatalog catalog, string question, DateTime now, Func<string, bool> allow, CancellationToken cancellationToken) =>
        understanding.For(catalog).UnderstandAsync(question, now, allow, cancellationToken);
}
