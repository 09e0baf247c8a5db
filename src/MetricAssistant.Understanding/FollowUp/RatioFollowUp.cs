using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// "as a percentage of revenue" after refunds, "占GMV的比例" after 退款金额: the previous metric over the one the follow-up
/// names, when the catalog defines that ratio (its numerator the previous metric, its denominator the named one). The
/// pair is read from the catalog's ratio definitions, never from a list; with no such ratio the question is read as usual.
/// </summary>
public sealed class RatioFollowUp(SemanticCatalog catalog)
{
    private readonly ConceptReader concepts = new(catalog, ConceptVocabulary.Default);

    /// <summary>
    /// The published ratio of <paramref name="previous"/> to the one metric the follow-up names (by a catalog word, whose
    /// meanings are all candidates: "GMV" names the GMV family; else by what it was read as: "paid order"), or null.
    /// </summary>
    public string? Of(IReadOnlyList<string> previous, FollowUpReading reading, UnderstandingResult understood)
    {
        if (previous is not [var numerator]) return null;
        IReadOnlyList<string> named = reading.MetricTerms switch
        {
            [var term] => [.. term.Entries.Where(e => e.Kind == TermKind.Metric).Select(e => e.Id)],
            [] when understood.Query?.Metrics is [var asked] => [asked],
            _ => [],
        };
        if (named.Count == 0 || named.Contains(numerator)) return null;
        // The ratio word must be the question's own, not part of a name ("退款率" names a metric; it asks no ratio of one).
        var blocked = new bool[reading.Text.Length];
        foreach (var term in reading.MetricTerms) Array.Fill(blocked, true, term.Start, Math.Min(term.Length, blocked.Length - term.Start));
        var read = concepts.Read(reading.Text, blocked);
        // "per paid order" asks an amount per unit; "paid orders for each channel", "per day" ask a split or a grain.
        var per = read.Has(ConceptVocabulary.Per) && reading.GroupBy.Count == 0 && reading.Grain is null && !reading.UnitlessTrend;
        if (!read.Has(ConceptVocabulary.Ratio) && !per) return null;
        var built = catalog.Signatures.All
            .Where(s => s.Shape is SignatureShape.Share or SignatureShape.AveragePer && s.Numerator?.MetricId == numerator
                && s.Denominator?.MetricId is { } denominator && named.Contains(denominator) && catalog.FindMetric(s.MetricId) is { IsPublished: true })
            .Select(s => s.MetricId).ToList();
        return built is [var one] ? one : null;
    }
}
