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
/// The metric choice continued from what the question describes (after <see cref="NamedMetricStages"/>): a name typed with a
/// slip, the described metric redecided, qualified or refined, a ratio of named metrics, an amount per unit, a subject asked
/// about in general, a description alone, a running total or its additions, states counted in or ruled out, then a known
/// example's wording or retrieval when nothing is chosen.
/// </summary>
internal sealed class DescribedMetricStages(MetricChooser chooser, ExampleChooser examples, ConceptReader concepts, DescribedMetricChooser described,
    EnglishTypoMatcher englishTypos, KnownEnglishWords knownWords, CoverageCheck coverage, IMetricRetriever? retriever)
{
    private static readonly string[] HeadlineMetrics = ["gmv", "order_count", "aov", "visitors", "conversion_rate"];

    // A rows name with the values and states said right before it ("paid JD orders", 付了款的订单): the rows' phrase, so the
    // readers of states and kinds of money tell it apart by containment alone.
    private static TextSpan RowsPhrase(ChoiceState s, TermMatch name)
    {
        var start = name.Start;
        while (true)
        {
            bool Adjacent(int end) => end <= start && s.Text[end..start].Trim() is "" or "的" or "了的";
            var value = s.Matches.LastOrDefault(v => v.End <= start && v.Entries.Count > 0 && v.Entries.All(e => e.Kind == TermKind.DimensionValue));
            var state = s.Reading.Mentions.LastOrDefault(m => m.Span.End <= start && m.Concepts.Count > 0);
            if (value is not null && Adjacent(value.End)) start = value.Start;
            else if (state is not null && Adjacent(state.Span.End)) start = state.Span.Start;
            else return new TextSpan(start, name.End - start);
        }
    }

    /// <summary>The stages in their order; a result when one ends the reading (not found or asked back), else null.</summary>
    public async Task<UnderstandingResult?> RunAsync(ChoiceState s, StageClock? clock, CancellationToken cancellationToken)
    {
        var (text, learned, language, allow, named, notices, exampleKey) = (s.Text, s.Learned, s.Scan.Language, s.Allow, s.Named, s.Notices, s.ExampleKey);
        var (blocked, timing, periodEnd, periodAsked) = (s.Scan.Blocked, s.Scan.Timing, s.Scan.PeriodEnd, s.Scan.PeriodAsked);
        var (negated, owned, difference) = (s.Negated, s.Owned, s.Difference);
        clock?.Enter(UnderstandingStage.Typos);

        // "how many members placed an order": a noun after an indefinite article is one instance of what someone did, no metric's name.
        var fuzzyMatch = s.Metrics.Count == 0 ? englishTypos.Find(text, blocked, (start, _) => !OneInstanceWords.After(text, start)) : null;
        // "how's membership looking": a word spelt right is the word it is, never a metric name typed wrong ("booking").
        if (fuzzyMatch is not null && knownWords.SpeltRight(fuzzyMatch)) fuzzyMatch = null;
        // "ended in a sale": a word inside a longer phrase the concept reader took is that phrase's, never a mistyped name.
        if (fuzzyMatch is not null && (named.Held(fuzzyMatch) || s.Reading.Mentions.Any(m => m.Span.Start <= fuzzyMatch.Start
            && fuzzyMatch.Start + fuzzyMatch.Length <= m.Span.End && m.Span.Length > fuzzyMatch.Length))) fuzzyMatch = null;
        s.FuzzyMatch = fuzzyMatch;
        clock?.Enter(UnderstandingStage.Choice);
        if (fuzzyMatch is not null)
        {
            var fuzzy = chooser.Choose([fuzzyMatch]);
            // "customer" typed for "customers": an unclear word, settled by the rest of the question as when typed right.
            if (fuzzy.Ambiguous.Count > 1)
            {
                if (described.Settle(fuzzy.Ambiguous, s.Reading.Concepts) is { } settledTypo) s.Metrics.Add(settledTypo);
                else if (!described.SaysOtherSubject(fuzzy.Ambiguous, s.Reading.Concepts)) return UnderstandingResult.Clarify(language, fuzzy.Ambiguous, new AmbiguousWord());
            }
            else s.Metrics.AddRange(fuzzy.Metrics);
            notices.AddRange(fuzzy.Notices);
        }
        clock?.Enter(UnderstandingStage.Concepts);
        // "coupons used on paid orders": the count named as the rows of a quantity said before it is no metric asked.
        if (learned is null && described.RowsOf.Decide(text, s.Metrics, [.. s.Matches.Where(IsMetric).Select(m => new TextSpan(m.Start, m.Length))], s.Reading) is { Verdict: not ConceptVerdict.None } rowsOf)
        {
            if (s.Stop(rowsOf) is { } stopRowsOf) return stopRowsOf;
            s.Metrics = [rowsOf.Metrics[0]];
        }
        else if (learned is null && described.Redecide(s.Metrics, s.Reading, [.. s.Matches.Where(IsMetric).Select(m => new TextSpan(m.Start, m.Length))], s.Whole,
                asNamed: negated.Count == 0 && owned.Count == 0 && difference is null && s.Metrics.All(id => s.Matches.Any(m => m.Entries.Any(e => e.Kind == TermKind.Metric && e.Id == id))),
                rows: [.. s.RowNames.Select(m => RowsPhrase(s, m))]) is { Verdict: not ConceptVerdict.None } asked)
        {
            if (s.Stop(asked) is { } stopAsked) return stopAsked;
            s.Metrics = [asked.Metrics[0]];
        }
        else if (learned is null && described.Names.Qualify(s.Metrics, s.Reading, [.. s.RowNames.Select(m => RowsPhrase(s, m))]) is { Verdict: not ConceptVerdict.None } qualified)
        {
            if (s.Stop(qualified) is { } stopQualified) return stopQualified;
            s.Metrics = [qualified.Metrics[0]];
        }
        // A variant ruled out by the question is not named by its words ("not the one net of coupons").
        if (learned is null && negated.Count == 0 && described.Names.Variant(s.Metrics, s.Reading) is { } variantNamed) s.Metrics = [variantNamed];
        if (learned is null && s.Metrics.Count > 0 && described.Names.Refine(s.Metrics, s.Reading, ConversionWindowWords.Says(text)) is { } ratio)
            s.Metrics = [.. ratio];
        else if (learned is null && described.RatioOfNamed(s.Metrics, s.Reading, s.Whole) is { } describedRatio)
            s.Metrics = [describedRatio];
        // "How are we tracking this month?": performance in general is a choice among the headline metrics.
        if (s.Metrics.Count == 0 && s.Reading.Has(ConceptVocabulary.Performance) && s.Reading.Concepts.All(c => c == ConceptVocabulary.Performance || ConceptVocabulary.Shapes.Contains(c)))
            return UnderstandingResult.Clarify(language, ChoiceState.Allowed(HeadlineMetrics, allow), new NoMetricNamed());
        // "count(*) for last week", "What was the count?": a count and nothing it is of is asked back among the counts of rows.
        if (learned is null && s.Metrics.Count == 0 && s.Matches.Count == 0 && s.Reading.Has(ConceptVocabulary.Count)
            && s.Reading.Concepts.All(c => c == ConceptVocabulary.Count) && coverage.Leftovers(text, QuestionSpans.ReadSoFar(timing, periodEnd, s.Matches, s.Reading)).Count == 0
            && ChoiceState.Allowed([.. described.RowCounts(HeadlineMetrics).Take(4)], allow) is { Count: > 0 } counts)
            return UnderstandingResult.Clarify(language, counts);
        // "每单平均几件", "orders per visitor": an amount per unit is the governed ratio of what is asked over the unit, or none.
        if (learned is null && described.PerUnit.Decide(s.Metrics, s.Whole(), s.Reading) is { Verdict: not ConceptVerdict.None } unitAsked)
        {
            if (s.Stop(unitAsked) is { } stopUnitAsked) return stopUnitAsked;
            s.Metrics = [unitAsked.Metrics[0]];
        }
        // "上周付款情况", "how did payments go": a state no metric is named by, asked about in general: one metric per thing measured in it.
        if (learned is null && s.Metrics.Count == 0 && described.Overview.DecideUnnamed(text, s.Whole()) is { Verdict: ConceptVerdict.Clarify } state)
            return UnderstandingResult.Clarify(language, state.Metrics);
        // "付过钱的人最少的三家店": people ranked are counted, though no count word says so.
        if (learned is null && s.Metrics.Count == 0)
            s.Reading = RankedPeople.Counted(s.Reading, concepts.Vocabulary, RankingDetector.Detect(Blanked(s.Scan.Rest, s.Matches.Where(IsMetric))) is not null);
        if (s.Metrics.Count == 0 && described.Describe(WhyDetector.Asks(text) ? TermReader.ReadConcepts(concepts, text, s.Matches, WhyDetector.Blocking(text, blocked), periodAsked, periodEnd) : s.Reading, nothingElse: s.Reading.Concepts.All(c => ConceptVocabulary.Shapes.Contains(c) || c == OverviewQuestion.Overview) && coverage.Leftovers(text, QuestionSpans.ReadSoFar(timing, periodEnd, s.Matches, s.Reading)).Count == 0, endAsked: periodEnd.Count > 0, windowSaid: ConversionWindowWords.Says(text)) is { Verdict: not ConceptVerdict.None } description)
        {
            if (s.Stop(description) is { } stopDescription) return stopDescription;
            s.Metrics.Add(description.Metrics[0]);
        }
        // "上季度会员有多少": a running total named only by what it counts, over a period, may be the period's additions too
        // (unless the additions are ruled out: "会员，新增的不要").
        if (learned is null && s.Metrics.Count == 1 && negated.Count == 0 && !s.Whole().Mentions.Any(m => m.Negated) && described.RunningTotal.Decide(text, s.Metrics[0], s.Whole(), s.Matches.FirstOrDefault(m => m.Entries.Any(e => e.Id == s.Metrics[0]))?.Text, periodAsked) is { Verdict: ConceptVerdict.Clarify } runningOrAdded)
            return UnderstandingResult.Clarify(language, ChoiceState.Allowed(runningOrAdded.Metrics, allow));
        // "退款情况", "refund figures", "how did bookings do": a bare subject asked about in general is asked back among its metrics.
        // "which channel is doing best on refunds": best or worst judges the subject's plain amount, never asked back.
        // Time expressions are blanked out first, so "上季度" is not read as a quarterly trend nor "3月" as a top 3.
        var rest = s.Scan.Rest;
        // "top line" is GMV's name: a ranking word inside a metric's name ranks nothing.
        var ranking = RankingDetector.Detect(Blanked(rest, s.Matches.Where(IsMetric)));
        s.Ranking = ranking;
        var judged = ranking is { End: RankingEnd.Best or RankingEnd.Worst };
        if (learned is null && s.Metrics.Count == 1 && !ChangeAsked(text, s.Whole()) && described.Overview.Decide(s.Metrics[0], s.Whole(), s.Matches.FirstOrDefault(m => m.Entries.Any(e => e.Id == s.Metrics[0]))?.Text, judged) is { Verdict: not ConceptVerdict.None } overview)
        {
            if (overview.Verdict == ConceptVerdict.Clarify) return UnderstandingResult.Clarify(language, overview.Metrics);
            s.Metrics = [overview.Metrics[0]];
        }
        // "取消的也算", "没付款的也要算进去": a metric whose filters leave out a state counted in is not the reading.
        if (learned is null && described.Included.Decide(s.Metrics, s.Whole()) is { Verdict: not ConceptVerdict.None } widened)
        {
            if (s.Stop(widened) is { } stopWidened) return stopWidened;
            s.Metrics = [widened.Metrics[0]];
        }
        // "没付款的订单有多少": a state said not to have happened, other than one the metric leaves out, is no governed measure.
        if (learned is null && s.Metrics.Count > 0 && described.Negated.Decide(s.Metrics, s.Whole()) is { Verdict: ConceptVerdict.NotFound } unhappened)
            return UnderstandingResult.NotFound(language, ChoiceState.Allowed(unhappened.Metrics, allow));
        clock?.Enter(UnderstandingStage.Choice);
        // A wording close to a known example is evidence for its metric: offered as a choice rather than refused or guessed.
        if (s.Metrics.Count == 0 && ChoiceState.Allowed(examples.Near(exampleKey), allow) is { Count: > 0 } near)
            return UnderstandingResult.Clarify(language, near);
        if (s.Metrics.Count == 0 && retriever is not null)
        {
            clock?.Enter(UnderstandingStage.Retrieval);
            var candidates = await retriever.RetrieveAsync(text, 5, allow, cancellationToken);
            clock?.Enter(UnderstandingStage.Choice);
            // Catalog words that name no metric: asked back among the headline metrics; else the nearest, not found.
            return s.Matches.Any(m => m.Entries.All(e => e.Kind != TermKind.Metric))
                ? UnderstandingResult.Clarify(language, ChoiceState.Allowed(HeadlineMetrics, allow), new NoMetricNamed())
                : UnderstandingResult.NotFound(language, candidates.Select(c => c.MetricId).Distinct().Take(3).ToArray());
        }
        if (s.Metrics.Count == 0)
        {
            return s.Matches.Count > 0
                ? UnderstandingResult.Clarify(language, ChoiceState.Allowed(HeadlineMetrics, allow), new NoMetricNamed())
                : UnderstandingResult.NotFound(language, []);
        }

        // "卖得最火的品类，按件数算", "sales by channel, by value": the words of how it is measured pick units or money.
        if (learned is null && described.MeasuredIn.Apply(text, s.Metrics) is { } measured) s.Metrics = [.. measured];

        // "年初的GMV", "这阵子天猫的订单数": a period is meant but not said; asked back rather than a default window.
        if (timing.Range is null && VaguePeriodWords.Find(text) is { } vague)
            return UnderstandingResult.Clarify(language, [], new VaguePeriod(vague, [.. s.Metrics]));
        return null;
    }

    /// <summary>
    /// "毛利比去年同期怎么样", "GMV跟上月比如何", "refunds vs last month, how did we do": an overview word said after a comparison
    /// asks how the change came out, not about the subject in general; the name said is the metric compared.
    /// </summary>
    private static bool ChangeAsked(string text, ConceptReading whole)
    {
        if (ComparisonDetector.Detect(text) is not (not null, { } compared)) return false;
        var overviews = whole.Mentions.Where(m => m.Concepts.Contains(OverviewQuestion.Overview)).ToList();
        return overviews.Count > 0 && overviews.All(m => m.Span.Start >= compared.Index + compared.Length);
    }
}
