using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// Decides whether a question continues the previous one and, if so, what it asks in full. A follow-up
/// names only part of a question: a value (那华南呢), a split (按渠道看看), a time (and last year?), a grain,
/// a ranking, a comparison, another metric or definition (换成下单口径, what about AOV) or a removal
/// (不要筛选). A question naming its own metric is a new question unless it says it continues ("…呢",
/// "what about", "换成"), and one with its own metric, time and slice is always new. Pure and deterministic.
/// </summary>
public sealed class FollowUpInterpreter(SemanticCatalog catalog, CatalogLexicon lexicon, ITimeResolver time)
{
    private readonly FollowUpReader reader = new(catalog, lexicon, time);
    private readonly RatioFollowUp ratios = new(catalog);

    /// <param name="question">The new question as asked.</param>
    /// <param name="understood">What ordinary understanding made of it on its own.</param>
    /// <param name="previous">The previous answered question's query, before the asker's scope was added.</param>
    /// <param name="now">The reference time of the new question (its own times resolve against it).</param>
    /// <param name="previousRanking">Which end the previous question ranked by (<see cref="UnderstandingResult.Ranking"/>), when known.</param>
    /// <param name="earlierSplits">The dimensions the conversation has split by so far (the previous query's by default):
    /// two or more values of one of them are compared by it again.</param>
    /// <returns>The merged query, or null when the question stands on its own.</returns>
    public FollowUpResult? Interpret(string question, UnderstandingResult understood, SemanticQuery previous, DateTime now, RankingEnd? previousRanking = null,
        IReadOnlyList<string>? earlierSplits = null)
    {
        // Dimensions kept to several values and not split: asked each or ranked, they are split.
        var listed = previous.Filters.Where(f => f.Operator == QueryFilterOperator.In && f.Values.Count >= 2 && !previous.GroupBy.Contains(f.Dimension)).Select(f => f.Dimension).ToList();
        var reading = reader.Read(question, now, previous.GroupBy, listed);
        if (reading.Unsupported || FollowUpCues.StartsAnew(reading.Text)) return null;
        // "as a percentage of revenue": the previous metric over the named one is a ratio of the catalog's, asked of the same slice.
        if (!(reading.Range is not null && reading.NamesSlice) && ratios.Of(previous.Metrics, reading, understood) is { } ratio)
        {
            var (merged, changed, ranked) = FollowUpMerger.Merge(catalog, previous, reading, [ratio], previousRanking, earlierSplits);
            List<Notice> stated = [new FollowedUpOn(previous)];
            return new FollowUpResult(AtPeriodEnd(merged, reading, null, stated), changed, stated) { Ranking = ranked };
        }
        // "how much did each of them spend on average?" after paying customers: of the amounts per unit offered, the one per the
        // people the previous metric counts.
        var perPrevious = understood.Outcome == UnderstandingOutcome.Clarify && FollowUpCues.PointsAtEachCounted(reading.Text)
            ? PerPreviousUnit(understood.Alternatives, previous.Metrics) : null;
        // "what share of those ended in a purchase?" after appointments: of the shares offered, the one of the things the previous
        // metric counts ("those" are appointments).
        perPrevious ??= understood.Outcome == UnderstandingOutcome.Clarify && FollowUpCues.PointsAtThose(reading.Text)
            ? ShareOfPrevious(understood.Alternatives, previous.Metrics) : null;
        // "Now the finance definition instead", "用运营的口径": the variant of the metric just asked, named by its owner or its word.
        perPrevious ??= understood.Outcome != UnderstandingOutcome.Query ? reader.Definitions.Of(previous.Metrics, reading.Text) : null;
        // A word with several meanings is asked back about, in a conversation as anywhere else.
        if (perPrevious is null && understood.Outcome == UnderstandingOutcome.Clarify && understood.Notices.OfType<AmbiguousWord>().Any()) return null;

        IReadOnlyList<string> metrics = perPrevious is not null ? [perPrevious]
            : understood.Outcome == UnderstandingOutcome.Query && !reading.MetricWordsInCue ? understood.Query!.Metrics : [];
        // "我要的是毛利，不是毛利率", "gross profit rather than gross margin": a correction naming what it does not want swaps to
        // the wanted metric alone; the unwanted one is no second metric.
        if (reading.RejectedMetrics.Count > 0 && metrics.Except(reading.RejectedMetrics).ToList() is { Count: > 0 } wanted) metrics = wanted;
        // A unit read from the previous metric is a follow-up by that alone.
        if (metrics.Count > 0 && perPrevious is null && StandsAlone(reading) && !OnlyAMetric(understood, reading)) return null;
        // "为什么少了", "why did it drop?": a why question about the answer just given.
        if (metrics.Count == 0 && !reading.HasContent && !reading.Explain) return null;

        var (query, changes, ranking) = FollowUpMerger.Merge(catalog, previous, reading, metrics, previousRanking, earlierSplits);
        // The time came from the previous question, so no default window was used; "that day" points at it, so it is no leftover.
        List<Notice> notices = [new FollowedUpOn(previous), .. metrics.Count > 0 ? understood.Notices.Where(n => n is not DefaultWindowUsed && !PointsAtTheTime(n, reading)) : []];
        query = AtPeriodEnd(query, reading, metrics.Count > 0 ? understood.Query : null, notices);
        if (query.At != previous.At) changes = [.. changes, FollowUpChange.Time];
        // "全国的呢", "all regions?": the values kept on a dimension opened up to every one of them. ("不要筛选" only drops the
        // filters said: it asks for no rows beyond the asker's scope, so it opens nothing.)
        var opened = previous.Filters.Where(f => f.Operator == QueryFilterOperator.In && query.Filters.All(n => n.Dimension != f.Dimension)
            && reading.UnfilteredDimensions.Contains(f.Dimension)).Select(f => f.Dimension).Distinct().ToList();
        return new FollowUpResult(query, changes, notices) { Ranking = ranking, Opened = opened };
    }

    /// <summary>
    /// "季末的呢", "what about at quarter-end?": the value at the period's end, of a metric that has one (CONVENTIONS "Period end");
    /// a flow keeps its whole period and the answer says so. A metric named with the word was read so already (期末在岗人数).
    /// </summary>
    private SemanticQuery AtPeriodEnd(SemanticQuery query, FollowUpReading reading, SemanticQuery? named, List<Notice> notices)
    {
        if (named?.At is { } end) return query with { At = end };
        if (reading.PeriodEnd.Count == 0) return query;
        if (named is not null) return query with { At = null };
        return query with { At = ValueAtEndRule.Asked(catalog, query.Metrics, reading.PeriodEnd, notices) };
    }

    /// <summary>
    /// "退款率" after 618's South China GMV: a metric named and nothing else (no period, slice, grain, ranking or comparison,
    /// nor anything left unread) is the same question about that metric, as in a chat, not a new question on a default window.
    /// </summary>
    /// <remarks>
    /// Likewise a metric named with a split, a value or a ranking and still no time ("各region的orders从高到低排一下" in a
    /// conversation about this month): it is asked of the conversation's period, not of the metric's default window.
    /// </remarks>
    private static bool OnlyAMetric(UnderstandingResult understood, FollowUpReading reading) =>
        reading.Range is null && reading.StepBack is null && reading.MonthPart is null && reading.ComparedPeriod is null && reading.PeriodEnd.Count == 0
        && understood.Notices.OfType<DefaultWindowUsed>().Any() && !understood.Notices.OfType<NotUnderstood>().Any();

    private static bool PointsAtTheTime(Notice notice, FollowUpReading reading) =>
        notice is NotUnderstood { Text: var word } && (reading.ThatTimeWords is { } words && words.Contains(word, StringComparison.Ordinal)
            || FollowUpCues.PointingBackWords(reading.Text) is { } back && back.Contains(word, StringComparison.Ordinal)
            || reading.SameShapeWords is { } shape && shape.Contains(word, StringComparison.Ordinal)
            // "说错了，我要的是毛利": the admission is what makes it a correction, nothing left unread.
            || FollowUpCues.AdmissionWords(reading.Text) is { } admission && admission.Contains(word, StringComparison.Ordinal));

    /// <summary>The one offered share whose whole is a previous metric (appointment conversion after appointments), or null.</summary>
    private string? ShareOfPrevious(IReadOnlyList<string> offered, IReadOnlyList<string> previous) =>
        offered.Where(id => catalog.Signatures.For(id) is { Shape: SignatureShape.Share, Denominator: { } whole } && previous.Any(p => Counts(whole, p))).ToList() is [var one]
            ? one : null;

    /// <summary>Whether a ratio's part is the metric itself, or an inline part counting the same rows in the same way (appointments not cancelled).</summary>
    private bool Counts(MetricSignature part, string metric) =>
        part.MetricId == metric || part.MetricId.Length == 0 && catalog.Signatures.For(metric) is { } counted && counted.Shape == part.Shape
            && part.Subjects.Count > 0 && part.Subjects.All(counted.Subjects.Contains) && counted.Excluded.ToHashSet().SetEquals(part.Excluded);

    /// <summary>The one offered amount per unit whose unit is what a previous metric counts (arppu after paying customers), or null.</summary>
    private string? PerPreviousUnit(IReadOnlyList<string> offered, IReadOnlyList<string> previous) =>
        offered.Where(id => catalog.Signatures.For(id) is { Shape: SignatureShape.AveragePer, Denominator.MetricId: var unit } && previous.Contains(unit)).ToList() is [var one]
            ? one : null;

    /// <summary>
    /// A question with its own period and slice is new, unless it revises the one just answered ("我说的是上个月各门店类型的净GMV",
    /// "换成上个月各门店类型的毛利" after the lowest store type): then it is that question corrected, its ranking kept.
    /// </summary>
    private static bool StandsAlone(FollowUpReading reading) =>
        !reading.Revises && (reading.Range is not null && reading.NamesSlice || !reading.Continues);
}
