using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding;

/// <summary>
/// A clarification offers only the metrics that can answer the question as asked: "前两天抖音上转化咋样" asks between
/// visitor conversion and appointment conversion, but appointments have no channel, so only the first can say anything
/// about Douyin. The dimension of each value the question restricts to must be reachable by the metric; a word that is
/// several things (门店: a store and a channel) counts when any of them is. A split alone narrows nothing: "各渠道的客户数"
/// asks which count of customers is meant, and the asker chooses (evals/CONVENTIONS.md, Clarifications).
/// </summary>
public sealed class ReachableChoices(SemanticCatalog catalog, CatalogLexicon lexicon)
{
    /// <summary>The choices that reach the dimension of every value the question names, in their order; all of them when none or every one fails.</summary>
    public IReadOnlyList<string> Narrow(string question, IReadOnlyList<string> choices)
    {
        var text = QuestionText.Of(question);
        var named = LexiconScanner.Scan(lexicon, text)
            .Where(m => m.Entries.Any(e => e.Kind == TermKind.DimensionValue))
            .Select(m => m.Entries.Where(e => e.Kind is TermKind.Dimension or TermKind.DimensionValue).Select(e => e.Id).Distinct().ToArray())
            .ToList();
        if (named.Count == 0) return choices;
        var reaching = choices.Where(id => catalog.Reach.For(id) is { } reach && named.All(dimensions => dimensions.Any(reach.Reaches))).ToList();
        return reaching.Count == 0 ? choices : reaching;
    }
}
