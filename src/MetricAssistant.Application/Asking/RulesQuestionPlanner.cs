using MetricAssistant.Application.Learning;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// The offline, deterministic reader: catalog terms, time rules, typo matching and retrieval, and the
/// accepted learned examples (refreshed first when their snapshot is older than <see cref="AcceptedExamples.MaxAge"/>).
/// </summary>
public sealed class RulesQuestionPlanner(UnderstandingProvider understanding, AcceptedExamples? examples = null) : IQuestionPlanner
{
    public string Name => "rules";

    public async Task<UnderstandingResult> PlanAsync(SemanticCatalog catalog, string question, DateTime now, Func<string, bool> allow, CancellationToken cancellationToken)
    {
        if (examples is not null) await examples.RefreshIfStaleAsync(cancellationToken);
        return await understanding.For(catalog).UnderstandAsync(question, now, allow, cancellationToken);
    }
}
