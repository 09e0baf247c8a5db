using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Coverage;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "按件数算", "按数量", "按金额算", "by units", "in pieces", "by value": how a selling question is measured, in units or in money.
/// The words say which of the two (their concept in the vocabulary: quantity or money); a metric of the other is read again as
/// the metric of the same rows measured the way asked (paid GMV counted in units is units sold), from the catalog's signatures.
/// </summary>
public sealed partial class MeasuredInWords(SemanticCatalog catalog, ConceptScorer scorer, ConceptVocabulary vocabulary)
{
    // 按件数算 / 按数量来算 / 按金额计 / 按件算 / 以件数计; "by units", "in pieces", "by value", "in money terms", "in terms of units"
    [GeneratedRegex(@"[按以]\s*(?<w>[\p{IsCJKUnifiedIdeographs}]{1,3}?)\s*(?:来)?(?:算|计算|计|统计)|按\s*(?<w>件数|件|数量|金额)(?![\p{IsCJKUnifiedIdeographs}])|(?<![a-z])(?:by|in)\s+(?:terms\s+of\s+)?(?<w>units?|pieces?|quantity|value|money|amount|revenue)(?:\s+terms)?(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex MeasuredIn();

    /// <summary>The metrics as measured the way the question says, or null when it says no way or the metrics already are.</summary>
    public IReadOnlyList<string>? Apply(string text, IReadOnlyList<string> metrics)
    {
        if (metrics.Count == 0 || Asked(text) is not { } asked) return null;
        var other = asked == ConceptVocabulary.Money ? ConceptVocabulary.Quantity : ConceptVocabulary.Money;
        bool Measures(string id, string kind) => scorer.ConceptsOf(id)?.Contains(kind) == true && !IsRatio(id);
        if (!metrics.Any(id => Measures(id, other) && !Measures(id, asked))) return null;
        // "卖了多少，按件数算" named both: the one measured as asked stays.
        if (metrics.Where(id => !(Measures(id, other) && !Measures(id, asked))).ToList() is { Count: > 0 } kept) return kept;
        var read = metrics.Select(id => Counterpart(id, asked)).ToList();
        return read.All(id => id is not null) ? [.. read.Distinct(StringComparer.Ordinal)!] : null;
    }

    /// <summary>The measure words, for the coverage check ("按件数来算", "in terms of units" are read, never left over).</summary>
    public static IEnumerable<ConsumedSpan> Spans(string text) =>
        MeasuredIn().Matches(text).Select(m => new ConsumedSpan(m.Index, m.Length, SpanKind.Concept));

    /// <summary>The concept the measure words name (money or quantity), or null.</summary>
    public string? Asked(string text)
    {
        foreach (Match m in MeasuredIn().Matches(text))
        {
            var concept = vocabulary.ConceptOf(m.Groups["w"].Value.ToLowerInvariant());
            if (concept is ConceptVocabulary.Money or ConceptVocabulary.Quantity) return concept;
        }
        return null;
    }

    // The published plain metric of the same states and shape measuring the kind asked: the official one, or the only one.
    private string? Counterpart(string metricId, string kind)
    {
        if (catalog.Signatures.For(metricId) is not { } signature) return null;
        var states = new HashSet<string>(signature.States, StringComparer.Ordinal);
        var found = scorer.Having([kind]).Where(id => !IsRatio(id) && catalog.FindMetric(id) is { IsPublished: true }
            && catalog.Signatures.For(id) is { } s && s.Shape == signature.Shape && states.SetEquals(s.States)
            && scorer.ConceptsOf(id)?.Contains(kind == ConceptVocabulary.Money ? ConceptVocabulary.Quantity : ConceptVocabulary.Money) != true).Distinct().ToList();
        return found.FirstOrDefault(id => catalog.FindMetric(id)?.Official == true) ?? (found is [var only] ? only : null);
    }

    private bool IsRatio(string id) =>
        catalog.Signatures.For(id)?.Shape is SignatureShape.Share or SignatureShape.AveragePer or SignatureShape.Derived;
}
