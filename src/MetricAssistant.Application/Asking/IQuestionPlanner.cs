using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// Reads a question into a governed query (or a clarification, or a miss): the offline rules by default,
/// an LLM when configured. Either way it only names catalog metrics and parameters; the compiler writes SQL.
/// </summary>
public interface IQuestionPlanner
{
    /// <summary>"rules" or "llm", as reported in evaluation reports.</summary>
    string Name { get; }

    Task<UnderstandingResult> PlanAsync(SemanticCatalog catalog, string question, DateTime now, Func<string, bool> allow, CancellationToken cancellationToken);
}
