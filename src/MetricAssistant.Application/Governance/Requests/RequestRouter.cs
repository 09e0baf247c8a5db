using MetricAssistant.Application.Asking;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// Works out which department a request goes to from its words: the offline question reader reads the question
/// (then the title) as it would answer it, and the owner of its best candidate metric — the metric it would
/// answer with, the first choice of a clarification, or the nearest metric of a miss — owns the request. When the
/// words point at no governed metric, or name what the glossary says the catalog does not have (库存, NPS: its
/// <c>not_in_catalog</c> words, for which a nearest metric is no owner), the request goes to
/// <see cref="RequestDomain.DataGovernance"/>.
/// Routing sees every metric (the department is what matters, not whether the requester may see the metric).
/// </summary>
public sealed class RequestRouter(RulesQuestionPlanner planner, ILogger<RequestRouter>? logger = null)
{
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;

    public async Task<RequestRouting> RouteAsync(SemanticCatalog catalog, IEnumerable<string?> texts, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var text in texts.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct())
        {
            UnderstandingResult result;
            try
            {
                result = await planner.PlanAsync(catalog, text!, now, _ => true, cancellationToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A request is never lost to a reading fault: it goes to the default domain.
                log.LogWarning(error, "Could not read a request's words to route it; it goes to {Domain}.", RequestDomain.DataGovernance.En);
                continue;
            }
            if (result.Outcome == UnderstandingOutcome.NotFound && NamesWhatTheCatalogLacks(catalog, text!))
                return new RequestRouting(RequestDomain.DataGovernance, null, "not_in_catalog");
            var (candidates, reason) = result.Outcome switch
            {
                UnderstandingOutcome.Query => (result.Query!.Metrics, "answered_by"),
                UnderstandingOutcome.Clarify => (result.Alternatives, "clarification_choice"),
                _ => (result.Alternatives, "nearest_metric"),
            };
            foreach (var id in candidates)
                if (catalog.FindMetric(id) is { } metric)
                    return new RequestRouting(new RequestDomain(metric.Owner.En, metric.Owner.Zh), metric.Id, reason);
        }
        return new RequestRouting(RequestDomain.DataGovernance, null, "default");
    }

    /// <summary>Whether the text uses a glossary <c>not_in_catalog</c> word (English words whole, Chinese anywhere).</summary>
    private static bool NamesWhatTheCatalogLacks(SemanticCatalog catalog, string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        foreach (var term in catalog.UnsupportedTerms.SelectMany(u => u.Terms).Select(TextNormalizer.Normalize).Where(t => t.Length > 0))
        {
            var at = normalized.IndexOf(term, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + term.Length;
                var whole = term.Any(c => c >= 128)
                    || ((at == 0 || !char.IsAsciiLetterOrDigit(normalized[at - 1])) && (end == normalized.Length || !char.IsAsciiLetterOrDigit(normalized[end])));
                if (whole) return true;
                at = normalized.IndexOf(term, at + 1, StringComparison.Ordinal);
            }
        }
        return false;
    }
}
