using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// Lays a follow-up over the previous query: what it names replaces (or, with "加上" / "also", adds to)
/// the same part; everything else is kept. Ordering and limit follow the same rule as a fresh question
/// (a ranked split, never a trend), so a follow-up runs the query its full question would.
/// </summary>
public static class FollowUpMerger
{
    /// <param name="catalog">Where "best" and "worst" learn which way the ranked metric is good.</param>
    /// <param name="previousRanking">Which end the previous question ranked by, when it said: a judgement
    /// (best, worst) is judged again for another metric, a value end (highest, lowest) is kept.</param>
    /// <param name="earlierSplits">The dimensions the conversation split by in its turns so far (the previous one's included).</param>
    public static (SemanticQuery Query, IReadOnlyList<FollowUpChange> Changes, RankingEnd? Ranking) Merge(
        SemanticCatalog catalog, SemanticQuery previous, FollowUpReading reading, IReadOnlyList<string> metrics, RankingEnd? previousRanking = null,
        IReadOnlyList<string>? earlierSplits = null)
    {
        var changes = new List<FollowUpChange>();
        // "剩下几个渠道呢" after "抖音的订单数": the rest of what was kept, one total, not a split.
        var rest = reading.RestDimensions.Concat(reading.RestSplitDimensions).Where(d => reading.Filters.All(f => f.Dimension != d)
            && previous.Filters.Any(f => f.Dimension == d && f.Operator == QueryFilterOperator.In)).ToList();
        if (rest.Count > 0) reading = reading with { GroupBy = [.. reading.GroupBy.Where(d => !rest.Contains(d) || reading.RestSplitDimensions.Contains(d))] };
        var newMetrics = metrics.Count > 0 ? metrics : previous.Metrics;
        if (!newMetrics.SequenceEqual(previous.Metrics)) changes.Add(FollowUpChange.Metric);

        // "中旬呢" after 7月上旬: the part of the conversation's month.
        var range = reading.MonthPart is { } part && MonthPartWords.Of(previous.TimeRange, part) is { } inMonth ? inMonth : reading.Range ?? StepBack(previous.TimeRange, reading.StepBack);
        if (range != previous.TimeRange) changes.Add(FollowUpChange.Time);

        // A period named to compare with is a year back (yoy) or else the period before (pop); a why question is about the change
        // from the comparison there is, else from the period before (as a why question on its own).
        // A period holding the question's own a year back is a year's comparison ("put it side by side with last year" after June).
        var against = reading.ComparedPeriod is { } period ? Holds(period, StepBack(previous.TimeRange, TimeStep.Year)) ? Comparison.Yoy : Comparison.Pop : (Comparison?)null;
        // "ok, and gross profit by channel for that same month" after a why or a comparison: a question of its own about that period
        // (its own metric, split and period), so the comparison and the why stay with the question they were asked of.
        var anew = NewQuestionOfThePeriod(previous, reading, newMetrics);
        var carried = anew ? null : previous.Compare;
        var compare = reading.RemovesComparison ? null : reading.Compare ?? against ?? carried ?? (reading.Explain ? Comparison.Pop : null);
        if (compare != previous.Compare) changes.Add(FollowUpChange.Comparison);
        // "只看线上的", "just Tmall" after a why: the why narrowed, still explained. A follow-up naming its own metric, period or
        // comparison asks anew what it says.
        var explain = reading.Explain || previous.Explain && !anew && newMetrics.SequenceEqual(previous.Metrics) && reading.Range is null && reading.StepBack is null
            && reading.Compare is null && reading.ComparedPeriod is null && !reading.RemovesComparison;

        var (filters, narrowedOnly) = Filters(previous.Filters, previous.GroupBy, reading);
        filters = [.. filters.Select(f => rest.Contains(f.Dimension) && f.Operator == QueryFilterOperator.In ? f with { Operator = QueryFilterOperator.NotIn } : f)];
        // "那门店呢" after "线上的访客数": a value named now replaces a kept filter it shares no row with, never both.
        filters.RemoveAll(f => reading.Filters.All(n => n.Dimension != f.Dimension) && reading.Filters.Any(n => RelatedValues.Disjoint(catalog, n, f)));
        // "线上线下分别多少", "online and offline each?" after "线上的GMV": a split asked by the dimension kept to one value, naming none of
        // its values, asks for every side; a split into the one value kept would be that value alone.
        filters.RemoveAll(f => f.Operator == QueryFilterOperator.In && f.Values.Count == 1 && reading.GroupBy.Contains(f.Dimension)
            && !previous.GroupBy.Contains(f.Dimension) && reading.Filters.All(n => n.Dimension != f.Dimension));
        if (!filters.SequenceEqual(previous.Filters)) changes.Add(reading.Filters.Count > 0 && !narrowedOnly || rest.Count > 0 ? FollowUpChange.Filter : FollowUpChange.Removal);

        var groupBy = reading.Total ? [] : previous.GroupBy.Where(d => !reading.RemovedDimensions.Contains(d) && !reading.SummedDimensions.Contains(d) && !NarrowedToOne(d, reading, filters) && !AllOfASplit(d, previous, reading)).ToList();
        if (reading.GroupBy.Count > 0) groupBy = reading.Adds || reading.AddsSplit ? [.. groupBy, .. reading.GroupBy.Where(d => !groupBy.Contains(d))] : [.. reading.GroupBy];
        else if (!reading.Total) groupBy.AddRange(Restored(reading, filters, groupBy, [.. (earlierSplits ?? []).Concat(previous.GroupBy)]));
        // "分开看嘛", "which one higher?", "vs 华东呢": the values kept are set side by side, one row each (CONVENTIONS "Silent drops":
        // values listed to be compared), the filter kept.
        if (!reading.Total && reading.GroupBy.Count == 0 && (reading.SideBySide || reading.SplitsListed))
            foreach (var listed in filters.Where(f => f.Operator == QueryFilterOperator.In && f.Values.Count >= 2 && !groupBy.Contains(f.Dimension)).ToList())
                if (reading.SideBySide || groupBy.Count == 0) groupBy.Add(listed.Dimension);
        if (!groupBy.SequenceEqual(previous.GroupBy)) changes.Add(reading.GroupBy.Count > 0 || groupBy.Count > previous.GroupBy.Count ? FollowUpChange.GroupBy : FollowUpChange.Removal);

        // A named grain wins; a unitless "趋势" picks day or month from the range, as a fresh question does.
        var grain = reading.Grain ?? (reading.UnitlessTrend ? (range.Days <= 31 ? TimeGrain.Day : TimeGrain.Month) : reading.Total || reading.RemovesGrain ? null : previous.Grain);
        if (grain != previous.Grain) changes.Add(FollowUpChange.Grain);

        var better = catalog.FindMetric(newMetrics[0])?.Better ?? BetterDirection.Higher;
        // A ranking named now wins; else the previous one, judged again for this metric ("最好的门店" then
        // "换成退款率": the best refund rate is the lowest), and turned round when asked ("倒过来").
        var end = reading.Ranking?.End ?? (reading.Reverses ? Opposite(previousRanking) : previousRanking);
        var previousDesc = previous.Ordering.FirstOrDefault()?.Desc ?? true;
        var desc = end is { } e ? Ranking.Desc(e, better) : reading.Reverses ? !previousDesc : previousDesc;
        // "the bottom ones instead": the other end of as many rows as before, not one.
        var limit = reading.Ranking is { } ranking && !reading.KeepsLimit ? ranking.Limit : previous.Limit;
        IReadOnlyList<QueryOrder> order = [];
        int? kept = null;
        if (groupBy.Count > 0 && grain is null)
        {
            order = [new QueryOrder(newMetrics[0], desc)];
            kept = limit;
        }
        if (reading.Ranking is not null || reading.Reverses && order.Count > 0) changes.Add(FollowUpChange.Ranking);

        // A period-end reading carries over while the metrics still have a value at a moment.
        var at = previous.At is { } point && newMetrics.All(id => catalog.FindMetric(id) is { } m && ValueAtEndRule.HasValueAtEnd(catalog, m)) ? point : (ValueAt?)null;
        // A definition pinned before ("按v2口径的GMV") stays pinned while its metric is still asked ("那华南呢").
        var pins = previous.Pins.Where(p => newMetrics.Contains(p.MetricId, StringComparer.Ordinal)).ToArray();
        var query = new SemanticQuery(newMetrics, groupBy, filters, range, grain, order, kept, compare, null, at, explain && compare is not null, Versions: pins.Length == 0 ? null : pins);
        return (query, changes, order.Count > 0 ? end : null);
    }

    /// <summary>
    /// A follow-up naming another metric, a split of its own and the conversation's period ("那毛利按门店类型看，同一个月的"): a new
    /// question about that period, which carries no comparison or why of the question before.
    /// </summary>
    private static bool NewQuestionOfThePeriod(SemanticQuery previous, FollowUpReading reading, IReadOnlyList<string> metrics) =>
        (previous.Compare is not null || previous.Explain) && !metrics.SequenceEqual(previous.Metrics) && reading.GroupBy.Count > 0
        && (reading.ThatTimeWords is not null || reading.Range == previous.TimeRange) && !reading.Adds && !reading.AddsSplit;

    private static bool Holds(DateRange outer, DateRange inner) => outer.Start <= inner.Start && inner.End <= outer.End;

    private static RankingEnd? Opposite(RankingEnd? end) => end switch
    {
        RankingEnd.Highest => RankingEnd.Lowest,
        RankingEnd.Lowest => RankingEnd.Highest,
        RankingEnd.Best => RankingEnd.Worst,
        RankingEnd.Worst => RankingEnd.Best,
        _ => null,
    };

    /// <summary>
    /// "那全部渠道呢" after a split by channel with no channel filter to lift: all channels together. Not when
    /// the follow-up ranks ("show me all the cities, lowest first"): then it asks for every row of the split.
    /// </summary>
    private static bool AllOfASplit(string dimension, SemanticQuery previous, FollowUpReading reading) =>
        reading.UnfilteredDimensions.Contains(dimension) && previous.Filters.All(f => f.Dimension != dimension) && reading.Ranking is null;

    /// <summary>
    /// "只看天猫" / "just Tmall" after a split by channel: one value of the split is asked for alone, so the
    /// split goes (a split into one row is that value's total). Two values ("天猫和京东") keep it, to compare.
    /// </summary>
    private static bool NarrowedToOne(string dimension, FollowUpReading reading, IReadOnlyList<QueryFilter> filters) =>
        !reading.Adds
        && reading.Filters.Any(f => f.Dimension == dimension && f.Operator == QueryFilterOperator.In)
        && filters.Where(f => f.Dimension == dimension).ToList() is [{ Operator: QueryFilterOperator.In, Values.Count: 1 }];

    /// <summary>
    /// "只看天猫和京东" after "各渠道" then "只看天猫": two or more values of a dimension the conversation split by are compared
    /// again by that split, as they would be had the split never gone.
    /// </summary>
    private static IEnumerable<string> Restored(FollowUpReading reading, IReadOnlyList<QueryFilter> filters, IReadOnlyList<string> groupBy, IReadOnlyList<string> earlierSplits) =>
        filters.Where(f => f.Operator == QueryFilterOperator.In && f.Values.Count >= 2 && earlierSplits.Contains(f.Dimension) && !groupBy.Contains(f.Dimension)
            && reading.Filters.Any(n => n.Dimension == f.Dimension && n.Operator == QueryFilterOperator.In))
        .Select(f => f.Dimension).Distinct();

    /// <summary>A year, month or week back keeping the range's length, or back by the range's own length: whole months by months (so February follows March), else days.</summary>
    private static DateRange StepBack(DateRange range, TimeStep? step) => step switch
    {
        null => range,
        // A whole ISO week a year back is the same week of last year (52 weeks), so it still starts on a Monday.
        TimeStep.Year when range.Days % 7 == 0 && range.Start.DayOfWeek == DayOfWeek.Monday && !range.IsWholeMonths => new DateRange(range.Start.AddDays(-364), range.End.AddDays(-364)),
        TimeStep.Year => new DateRange(range.Start.AddYears(-1), range.End.AddYears(-1)),
        // "再往前一周" from a day is the same day a week before; from a range a week or longer, the range before it (as 前一期).
        TimeStep.Month when !range.IsWholeMonths && range.Days < 28 => new DateRange(range.Start.AddMonths(-1), range.End.AddMonths(-1)),
        TimeStep.Week when range.Days < 7 => new DateRange(range.Start.AddDays(-7), range.End.AddDays(-7)),
        TimeStep.Weekend => WeekendBefore(range.Start),
        // 前一期 / "the one before" from a weekend: the weekend before, not the Thursday and Friday.
        TimeStep.Period when IsWeekend(range) => new DateRange(range.Start.AddDays(-7), range.End.AddDays(-7)),
        _ when range.IsWholeMonths => new DateRange(range.Start.AddMonths(-range.Months), range.Start),
        _ => new DateRange(range.Start.AddDays(-range.Days), range.Start),
    };

    private static bool IsWeekend(DateRange range) => range.Days == 2 && range.Start.DayOfWeek == DayOfWeek.Saturday;

    /// <summary>The Saturday and Sunday ending at or before <paramref name="day"/>: from a weekend the one a week earlier, from a Monday the one just gone.</summary>
    private static DateRange WeekendBefore(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new DateRange(monday.AddDays(-2), monday);
    }

    /// <returns>The filters, and whether the follow-up's values only took values out of the previous lists.</returns>
    /// <param name="split">The previous answer's split: a split taken away ("不分区域了", "drop the region split") leaves the sum of
    /// the rows shown, so that dimension's filters stay; a dimension taken away that was only filtered ("去掉渠道") lifts its filter.</param>
    private static (List<QueryFilter> Filters, bool NarrowedOnly) Filters(IReadOnlyList<QueryFilter> previous, IReadOnlyList<string> split, FollowUpReading reading)
    {
        var narrowedOnly = true;
        var filters = reading.ClearsFilters ? [] : previous
            .Where(f => !(reading.RemovedDimensions.Contains(f.Dimension) && !split.Contains(f.Dimension)) && !reading.UnfilteredDimensions.Contains(f.Dimension))
            .ToList();
        foreach (var dimension in reading.Filters.Select(f => f.Dimension).Distinct().ToList())
        {
            var named = reading.Filters.Where(f => f.Dimension == dimension).ToList();
            var at = filters.FindIndex(f => f.Dimension == dimension);
            var old = filters.Where(f => f.Dimension == dimension).ToList();
            var kept = old.Count == 1 && old[0].Operator == QueryFilterOperator.In ? old[0] : null;
            if (kept is not null && named.All(f => f.Operator == QueryFilterOperator.NotIn) && named.SelectMany(f => f.Values).Any(kept.Values.Contains))
            {
                // "去掉京东" after "天猫和京东": the value leaves the list rather than being excluded from it.
                var left = kept.Values.Except(named.SelectMany(f => f.Values)).ToArray();
                if (left.Length == 0) filters.RemoveAt(at);
                else filters[at] = kept with { Values = left };
                continue;
            }
            narrowedOnly = false;
            var replacement = named;
            // "vs 华东呢", "和华东比呢", "compare with East China" after 华南: the value named is set against the one kept, both stay.
            if (reading.SideBySide && kept is not null && named.All(f => f.Operator == QueryFilterOperator.In) && named.SelectMany(f => f.Values).ToList() is var asked
                && !kept.Values.All(asked.Contains))
                replacement = [kept with { Values = kept.Values.Concat(asked).Distinct().ToArray() }];
            if (reading.Adds && kept is not null && named.All(f => f.Operator == QueryFilterOperator.In))
                replacement = [kept with { Values = kept.Values.Concat(named.SelectMany(f => f.Values)).Distinct().ToArray() }];
            // "再去掉京东", "京东也去掉", "drop JD too", and a bare "去掉京东" after "去掉抖音": exclusions on one dimension pile up
            // (people drop one value after another), unless the question says it replaces the one before ("exclude JD instead").
            var excluded = old.Count == 1 && old[0].Operator == QueryFilterOperator.NotIn ? old[0] : null;
            // "and JD as well", "JD too" after "excluding in-store": one more value of the same kind, so excluded as well.
            var alike = named.All(f => f.Operator == QueryFilterOperator.NotIn) || reading.LikeTheOthers && named.All(f => f.Operator == QueryFilterOperator.In);
            if (excluded is not null && !reading.Replaces && alike)
                replacement = [excluded with { Values = excluded.Values.Concat(named.SelectMany(f => f.Values)).Distinct().ToArray() }];
            filters.RemoveAll(f => f.Dimension == dimension);
            filters.InsertRange(at < 0 ? filters.Count : Math.Min(at, filters.Count), replacement);
        }
        return (filters, narrowedOnly);
    }
}
