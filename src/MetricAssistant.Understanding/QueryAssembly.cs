using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Timing;
using static MetricAssistant.Understanding.MatchRules;

namespace MetricAssistant.Understanding;

/// <summary>
/// The final query of a question whose metrics are chosen: slices, the period asked, the metric's variant, ordering, version
/// pins, and the words no step took named as notices (a rate of a non-rate or a changed quantity is not found instead).
/// </summary>
internal sealed class QueryAssembly(SemanticCatalog catalog, CatalogLexicon lexicon, TermReader terms, MetricVariants metricVariants, CoverageCheck coverage)
{
    public UnderstandingResult Assemble(ChoiceState s, DateTime now, StageClock? clock)
    {
        var (text, learned, language, allow, notices, matches, metrics, reading) = (s.Text, s.Learned, s.Scan.Language, s.Allow, s.Notices, s.Matches, s.Metrics, s.Reading);
        var (blocked, timing, periodEnd, versionWords, windowMeant, conversionWindow) = (s.Scan.Blocked, s.Scan.Timing, s.Scan.PeriodEnd, s.Scan.VersionWords, s.Scan.WindowMeant, s.Scan.ConversionWindow);
        var (fuzzyMatch, rest, ranking, negated, owned, difference, apart, rowNames) = (s.FuzzyMatch, s.Scan.Rest, s.Ranking, s.Negated, s.Owned, s.Difference, s.Apart, s.RowNames);
        clock?.Enter(UnderstandingStage.Typos);
        var sliceTerms = DescribedPlaces.Joined(text, terms.SliceTerms(text, matches, fuzzyMatch, blocked), s.Scan.Held, reading.Mentions.Select(m => m.Span));
        clock?.Enter(UnderstandingStage.Choice);
        var defining = sliceTerms.Where(t => DefiningWords.Describes(catalog, catalog.Metrics[metrics[0]], t)).ToList();
        sliceTerms = [.. sliceTerms.Select(t => defining.Contains(t) ? DefiningWords.Remainder(t, text, ranking is not null) : t).OfType<TermMatch>()];
        // "门店加线上": values of related dimensions joined are one set before any comparison of them is read.
        // "别忘了把京东也算上": values only counted in restrict nothing in a question of its own (after related values are joined:
        // "进店的加线上的都算" is every channel).
        var parsed = SliceParser.Parse(text, sliceTerms, ranking is not null);
        var slices = ValueComparison.Apply(text, sliceTerms, RelatedValues.Apply(text, sliceTerms, parsed, catalog).WithoutCountedIn(), lexicon);
        slices = KindOfDimension.Apply(text, sliceTerms, slices, catalog, lexicon, ranking is not null);
        // Read on the text with its time words blanked: "last week 门店" names no kind of store.
        (slices, var unlistedKinds) = UnlistedKind.Apply(rest, sliceTerms, slices, catalog, ranking is not null);
        // "本区域", "my region's stores": the asker's own part, which only their scope can tell is no split and no leftover.
        notices.AddRange(parsed.Own.Select(o => new OwnScopeNamed(o.Dimension, text.Substring(o.Words.Start, o.Words.Length))));
        // The period asked, its grain and what it is compared with, the metric's own window when none is named.
        var period = AskedPeriod.Read(catalog, text, rest, matches, timing, reading, metrics, now);
        if (period.DefaultWindow is { } window) notices.Add(new DefaultWindowUsed(window));
        var (range, grain, compare, explain) = (period.Range, period.Grain, period.Compare, period.Explain);

        // "近7天滚动GMV": the catalog's rolling metric; "GMV YTD" the plain one over the period to date; "期末在岗人数" at the end.
        var variant = metricVariants.Read(text, metrics, trend: grain is not null, periodNamed: timing.Range is not null);
        if (variant.Cumulative is not null) notices.RemoveAll(n => n is OfficialChosen o && o.MetricId == metrics[0]);
        metrics = [.. variant.Metrics];
        // "appointment conversion within 14 days": the window asks for the conversion metric over the ratio's rows.
        if (windowMeant is { } meant && metrics.Contains(meant.Ratio, StringComparer.Ordinal) && (allow?.Invoke(meant.Conversion) ?? true))
            metrics = [.. metrics.Select(id => id == meant.Ratio ? meant.Conversion : id)];

        IReadOnlyList<QueryOrder> order = [];
        int? limit = null;
        if (slices.GroupBy.Count > 0 && grain is null)
        {
            order = [new QueryOrder(metrics[0], ranking?.DescFor(catalog.Metrics[metrics[0]].Better) ?? true)];
            limit = ranking?.Limit;
        }
        var at = variant.AtPeriodEnd ? ValueAt.PeriodEnd : ValueAtEndRule.Asked(catalog, metrics, periodEnd, notices);
        var metricTerms = matches.Append(fuzzyMatch).OfType<TermMatch>().Where(IsMetric)
            .Select(m => new VersionPinWords.MetricTerm(m.Start, m.End, [.. m.Entries.Select(e => e.Id)])).ToArray();
        var pins = VersionPinWords.Attach(text, versionWords, metricTerms, metrics);
        // Nothing is dropped silently: a meaningful part no step took is named in the answer.
        var consumed = QuestionSpans.Consumed(timing, periodEnd, matches.Append(fuzzyMatch).Concat(sliceTerms).OfType<TermMatch>(), rest, text)
            .Concat(reading.Consumed.Concat(negated.Select(n => n.Span)).Concat(owned.Select(o => o.Span)).Concat(s.Departments).Concat(defining.Select(d => new TextSpan(d.Start, d.Length))).Select(c => new ConsumedSpan(c.Start, c.Length, SpanKind.Concept)))
            .Concat(pins.Select(p => new ConsumedSpan(p.Words.Start, p.Words.Length, SpanKind.Version)))
            .Concat(difference is { } d ? [new ConsumedSpan(d.Start, d.Length, SpanKind.Metric)] : [])
            .Concat(apart.Select(m => new ConsumedSpan(m.Start, m.Length, SpanKind.Metric)))
            .Concat(rowNames.Select(m => new ConsumedSpan(m.Start, m.Length, SpanKind.Metric)))
            .Concat(variant.Cumulative?.Words.Select(w => new ConsumedSpan(w.Start, w.Length, SpanKind.Metric)) ?? [])
            .Concat(period.Versus is { } versus ? [new ConsumedSpan(versus.Start, versus.Length, SpanKind.Comparison)] : []);
        // "purchase rate for Q1" answered as a count of buyers: a rate asked of a metric that is none, with no split to take
        // shares across, is a different figure; not found, the metric offered, rather than a confident count.
        if (learned is null && slices.GroupBy.Count == 0 && compare is null && !reading.Has(MetricSignature.Growth)
            && reading.Mentions.FirstOrDefault(m => m.Concepts.Contains(ConceptVocabulary.Ratio)) is { } rate
            && metrics.All(id => catalog.Signatures.For(id)?.Shape is not (SignatureShape.Share or SignatureShape.AveragePer or SignatureShape.Derived)))
            return new UnderstandingResult(UnderstandingOutcome.NotFound, language, null, metrics, [new NotUnderstood(rate.Text)]);
        var leftovers = coverage.Leftovers(text, consumed);
        if (learned is null && QuantityChange.Find(text, leftovers) is { } changer)
            return new UnderstandingResult(UnderstandingOutcome.NotFound, language, null, metrics, [new NotUnderstood(changer)]);
        notices.AddRange(leftovers.Select(word => new NotUnderstood(word)));
        notices.AddRange(unlistedKinds.Where(w => !leftovers.Any(l => l.Contains(w, StringComparison.Ordinal))).Select(w => new NotUnderstood(w)));
        // "6月跟3月比": a base the query cannot compare with; "GMV跟那个比": a comparison word attached to nothing. Named, never dropped.
        if (compare is null && UnattachedComparison(text, matches, period.Versus, slices, metrics, grain) is { } unattached && !leftovers.Contains(unattached))
            notices.Add(new NotUnderstood(unattached));
        var conversionAsked = metrics.Any(id => catalog.FindMetric(id)?.Calculation.Type == MetricType.Conversion);
        if (conversionWindow is not null && !conversionAsked) notices.Add(new NotUnderstood(conversionWindow.ToString()));
        var query = new SemanticQuery(metrics, slices.GroupBy, slices.Filters, range, grain, order, limit, compare, null, at, explain,
            pins.Count == 0 ? null : [.. pins.Select(p => p.Pin)],
            conversionAsked ? conversionWindow : null);
        return new UnderstandingResult(UnderstandingOutcome.Query, language, query, [], notices) { Ranking = order.Count > 0 ? ranking?.End : null };
    }

    private static string? UnattachedComparison(string text, IReadOnlyList<TermMatch> matches, PeriodVersusPeriod.Contrast? versus, SliceParser.Slices slices,
        IReadOnlyList<string> metrics, TimeGrain? grain)
    {
        if (versus is not null) return text.Substring(versus.Start, versus.Length).Trim();
        if (slices.GroupBy.Count > 0 || metrics.Count > 1 || grain is not null) return null;
        return DanglingComparison.Find(Blanked(text, matches.Where(IsMetric)));
    }
}
