using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.FollowUp;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding;

/// <summary>
/// A reply in words to a clarification: which of the metrics it offered the reply chooses ("the paid one", "下单那个"),
/// by name or by what it describes, and whether a reply that chooses none still points at one of them.
/// </summary>
public sealed class ClarificationReplies(DescribedMetricChooser described, ConceptReader concepts)
{
    /// <summary>
    /// Which metric a reply to a clarification chooses among those it offered ("the paid one", "新增会员那个", "Ordered GMV"),
    /// or null when it chooses none (a new question, or words that fit none of them better than the rest).
    /// </summary>
    public string? ChosenBy(string reply, UnderstandingResult understood, IReadOnlyList<string> offered)
    {
        // "第一个吧", "option 2": the option shown at that place.
        if (OptionPosition.Of(reply, offered.Count) is { } at) return offered[at - 1];
        // A reply that names an offered metric and nothing else chooses it; one that also says a period, a filter or a
        // split ("今年的新增会员") is a question of its own, answered as asked rather than folded into the one before.
        var text = QuestionText.Of(reply);
        var (reading, unwanted) = Wanted(text);
        // "不要比例，要个数", "not the percentage, just the number": an option with what the reply does not want is no choice.
        if (unwanted.Count > 0) offered = [.. offered.Where(id => described.Scorer.ConceptsOf(id)?.Overlaps(unwanted) != true)];
        if (understood.Outcome == UnderstandingOutcome.Query)
        {
            if (BareMetric(understood) is not { } one) return null;
            // "不要取消率": the metric it names is the one not wanted; of two options, the other.
            if (described.Scorer.ConceptsOf(one)?.Overlaps(unwanted) == true) return offered is [var other] ? other : null;
            // "占全部订单的比例" names orders but asks a share of them: the offered ratio over orders, when there is one.
            if (reading.Has(ConceptVocabulary.Ratio) && described.Names.RatiosOver(one, offered) is [var ratio]) return ratio;
            if (offered.Contains(one)) return one;
            // "As a proportion of everything ordered": a share asked in words naming no metric is the one share offered.
            if (reading.Has(ConceptVocabulary.Ratio) && !described.Names.NamedIn(one, text) && described.Names.Shares(offered) is [var onlyShare]) return onlyShare;
            // "the one for placed orders" names orders placed, which was not offered: a reply pointing at an option is read by
            // what it describes, among the options only.
            if (FollowUpCues.PointsAtAnOption(text)) return described.Options.Among(reading, offered);
            // "after discounts" reads as the discount amount, which was not offered, but describes net GMV better: the option
            // it fits, never the metric outside the choices. One the reply fits as well ("访客数") is a question of its own.
            return described.Options.Outfitting(reading, offered, one);
        }
        // The reply's own reading, narrowed to what was offered: "付款的那个" reads as paid orders or GMV, of which GMV was offered.
        // Several of them is the same question again: asked back again, not settled here.
        if (reading.Has(ConceptVocabulary.Ratio)
            && understood.Alternatives.SelectMany(a => described.Names.RatiosOver(a, offered)).Distinct(StringComparer.Ordinal).ToList() is [var share])
            return share;
        // A reply naming no metric ("in East China") was offered the headline metrics as any such question is: no choice.
        if (understood.Notices.OfType<NoMetricNamed>().Any()) return null;
        // What it says did not happen rules an option out, whatever else it was read as ("counts what was ordered, before any payment"
        // is no paid GMV, though paid GMV is the nearest to it alone).
        var narrowed = described.Options.NotRuledOut(reading, [.. understood.Alternatives.Where(offered.Contains)]);
        // "the figure for money actually received" reads as money of any kind, but says which: of the options it could be, the one
        // it describes best ("金额那个", every option money, still fits them all and is asked back).
        if (narrowed.Count > 0) return narrowed.Count == 1 ? narrowed[0] : described.Options.Among(reading, narrowed);
        // "not the percentage": of two options, the one left.
        return described.Options.Among(reading, offered) ?? (unwanted.Count > 0 && offered is [var left] ? left : null);
    }

    /// <summary>
    /// A reply's concepts, without those it says it does not want ("不要比例", "not the percentage"), and those apart: what
    /// follows a negation rules options out rather than describing the one chosen.
    /// </summary>
    private (ConceptReading Reading, IReadOnlySet<string> Unwanted) Wanted(string text)
    {
        var whole = ReplyConcepts(text);
        var negated = whole.Mentions.Where(m => m.Span.Start <= text.Length && concepts.Vocabulary.EndsWithNegation(text[..m.Span.Start])).ToList();
        return negated.Count == 0 ? (whole, new HashSet<string>())
            : (new ConceptReading([.. whole.Mentions.Except(negated)]), negated.SelectMany(m => m.Concepts).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>A reply's concepts, a hyphenated compound's ("the orders-placed one") read as its words too.</summary>
    private ConceptReading ReplyConcepts(string text)
    {
        var whole = concepts.Read(text, new bool[text.Length]);
        if (!text.Contains('-')) return whole;
        var words = text.Replace('-', ' ');
        return new ConceptReading([.. whole.Mentions, .. concepts.Read(words, new bool[words.Length]).Mentions]);
    }

    /// <summary>
    /// Whether a reply that <see cref="ChosenBy"/> settled on none of the options still points at one of them, with words that
    /// pick an option ("那个", "the … one"): one read as a metric not offered and nothing else ("the visitors one"), or one
    /// read as no metric at all ("the money one", when every option is money). Such a reply is asked back again.
    /// </summary>
    public static bool PointsAtAnOption(string reply, UnderstandingResult understood, IReadOnlyList<string> offered) =>
        (understood.Outcome != UnderstandingOutcome.Query || BareMetric(understood) is { } one && !offered.Contains(one))
        && FollowUpCues.PointsAtAnOption(QuestionText.Of(reply));

    /// <summary>The one metric a reading names with nothing else (no period, filter, split, grain or comparison of its own), or null.</summary>
    private static string? BareMetric(UnderstandingResult understood) =>
        understood.Query is { Metrics: [var one], Filters.Count: 0, GroupBy.Count: 0, Grain: null, Compare: null, At: null }
        && understood.Notices.OfType<DefaultWindowUsed>().Any() ? one : null;
}
