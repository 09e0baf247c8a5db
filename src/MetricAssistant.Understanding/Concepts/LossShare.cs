using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "what percentage did we lose", "上个月流失了百分之多少": a share lost, of nothing named, is one of the rates where higher is
/// worse (refunds, cancellations): asked back among them. Losing people ("how many members did we lose", 流失了百分之多少的会员)
/// is churn, and a named rate (流失率, "churn rate", "bounce rate") a measure of its own: both stay not found.
/// </summary>
public sealed partial class LossShare(SemanticCatalog catalog, ConceptScorer scorer)
{
    // Who was lost: people said make it churn, which the catalog lacks.
    private static readonly string[] People = [ConceptVocabulary.People, "customer", "member", "visitor", "staff"];

    private const string Churn = "churn";

    [GeneratedRegex(@"^((流失|损失|丢)(了|掉了|掉)?|lose|lost|losing|loses)$", RegexOptions.IgnoreCase)]
    private static partial Regex BareVerb();

    // A loss verb, not the first word of a rate's name (流失率).
    [GeneratedRegex(@"(流失|损失|丢)(了|掉了|掉)?(?!率)")]
    private static partial Regex LossZh();

    [GeneratedRegex(@"\b(lose|lost|losing|loses|leak|leaked|leaking)\b(?!\s+rate)", RegexOptions.IgnoreCase)]
    private static partial Regex LossEn();

    /// <summary>The choice among the rates where higher is worse, or none.</summary>
    public ConceptDecision Decide(string text, ConceptReading whole)
    {
        if (!whole.Has(ConceptVocabulary.Ratio) || People.Any(whole.Has)) return ConceptDecision.None;
        if (!LossZh().IsMatch(text) && !LossEn().IsMatch(text)) return ConceptDecision.None;
        // "会员流失", "customers did we lose": a phrase of losing that says whom is churn, whatever concept it carries.
        if (whole.Mentions.Any(m => m.Concepts.Contains(Churn) && !BareVerb().IsMatch(m.Text.Trim()))) return ConceptDecision.None;
        var rates = catalog.Signatures.All.Where(s => s.Shape == SignatureShape.Share && s.Better == BetterDirection.Lower
            && catalog.FindMetric(s.MetricId) is { IsPublished: true }).Select(s => s.MetricId).ToList();
        var ranked = scorer.Rank(whole.Concepts, rates, sharing: true).Select(r => r.MetricId)
            .Concat(rates.OrderBy(id => id, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Take(DescribedMetricChooser.MaxChoices).ToList();
        return ranked.Count == 0 ? ConceptDecision.None : ConceptDecision.Clarify(ranked);
    }
}
