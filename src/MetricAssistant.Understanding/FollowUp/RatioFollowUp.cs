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
        if (previous is not [var previousMetric]) return null;
        // "no, I meant the average per order" after arppu: an amount per another unit is the same amount's (arppu's GMV) ratio to it.
        var numerators = catalog.Signatures.For(previousMetric) is { Shape: SignatureShape.AveragePer, Numerator.MetricId: { Length: > 0 } amount } ? new[] { previousMetric, amount } : [previousMetric];
        IReadOnlyList<string> named = reading.MetricTerms switch
        {
            [var term] => [.. term.Entries.Where(e => e.Kind == TermKind.Metric).Select(e => e.Id)],
            [] when understood.Query?.Metrics is [var asked] => [asked],
            _ => [],
        };
        if (named.Count == 0 || named.Any(numerators.Contains)) return null;
        // The ratio word must be the question's own, not part of a name ("退款率" names a metric; it asks no ratio of one).
        var blocked = new bool[reading.Text.Length];
        foreach (var term in reading.MetricTerms) Array.Fill(blocked, true, term.Start, Math.Min(term.Length, blocked.Length - term.Start));
        var read = concepts.Read(reading.Text, blocked);
        // "per paid order" asks an amount per unit; "paid orders for each channel", "per day" ask a split or a grain.
        var per = read.Has(ConceptVocabulary.Per) && reading.GroupBy.Count == 0 && reading.Grain is null && !reading.UnitlessTrend;
        if (!read.Has(ConceptVocabulary.Ratio) && !per) return null;
        var ratios = catalog.Signatures.All
            .Where(s => s.Shape is SignatureShape.Share or SignatureShape.AveragePer && s.MetricId != previousMetric && s.Numerator?.MetricId is { } part && numerators.Contains(part)
                && s.Denominator?.MetricId is { Length: > 0 } && catalog.FindMetric(s.MetricId) is { IsPublished: true })
            .ToList();
        var built = ratios.Where(s => named.Contains(s.Denominator!.MetricId)).Select(s => s.MetricId).ToList();
        // "per order" names the order count; a ratio over the paid ones counts the same rows in a state the question leaves unsaid.
        if (built.Count == 0 && numerators.Length > 1)
            built = [.. ratios.Where(s => named.Any(n => SameThingCounted(n, s.Denominator!))).Select(s => s.MetricId)];
        return built is [var one] ? one : null;
    }

    private bool SameThingCounted(string named, MetricSignature denominator) =>
        catalog.Signatures.For(named) is { Shape: var shape } counted && shape == denominator.Shape && counted.Subjects.SequenceEqual(denominator.Subjects);
}
