using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding;

/// <summary>The spans of a question each reader took, for the coverage check that names what none of them read.</summary>
internal static class QuestionSpans
{
    /// <summary>What the time, end-word and catalog-term readers took: the start of every coverage check.</summary>
    public static IEnumerable<ConsumedSpan> Taken(TimeResolution timing, IEnumerable<PeriodEndWords.Mention> periodEnd, IEnumerable<TermMatch> terms) =>
        timing.Mentions.Select(m => new ConsumedSpan(m.Start, m.Length, SpanKind.Time))
            .Concat(periodEnd.Select(w => new ConsumedSpan(w.Start, w.Length, SpanKind.PeriodEnd)))
            .Concat(terms.Select(t => new ConsumedSpan(t.Start, t.Length, KindOf(t))));

    public static IEnumerable<ConsumedSpan> Consumed(TimeResolution timing, IEnumerable<PeriodEndWords.Mention> periodEnd, IEnumerable<TermMatch> terms, string rest, string text) =>
        Taken(timing, periodEnd, terms)
            .Concat(RankingDetector.Spans(rest)).Concat(GrainDetector.Spans(rest))
            .Concat(ComparisonDetector.Spans(text)).Concat(ValueComparison.Spans(text)).Concat(WhyDetector.Spans(text))
            .Concat(MeasuredInWords.Spans(text));

    /// <summary>What the readers before the description took: times, end words, catalog terms and concept phrases.</summary>
    public static IEnumerable<ConsumedSpan> ReadSoFar(TimeResolution timing, IEnumerable<PeriodEndWords.Mention> periodEnd, IEnumerable<TermMatch> matches, ConceptReading reading) =>
        Taken(timing, periodEnd, matches).Concat(reading.Consumed.Select(c => new ConsumedSpan(c.Start, c.Length, SpanKind.Concept)));

    private static SpanKind KindOf(TermMatch match) =>
        MatchRules.IsMetric(match) ? SpanKind.Metric : match.Entries.Any(e => e.Kind == TermKind.DimensionValue) ? SpanKind.Value : SpanKind.Dimension;
}
