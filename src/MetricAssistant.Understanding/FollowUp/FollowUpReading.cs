using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// What a question says on its own, part by part, whether or not it names a metric: "那华南呢" says a
/// region filter and nothing else; "按周看" a grain; "不要筛选" that the filters go.
/// </summary>
public sealed record FollowUpReading(
    DateRange? Range,
    TimeStep? StepBack,
    Comparison? Compare,
    bool RemovesComparison,
    IReadOnlyList<QueryFilter> Filters,
    IReadOnlyList<string> GroupBy,
    IReadOnlyList<string> RemovedDimensions,
    IReadOnlyList<string> UnfilteredDimensions,
    bool ClearsFilters,
    bool Total,
    TimeGrain? Grain,
    bool UnitlessTrend,
    Ranking? Ranking,
    bool Reverses,
    bool Adds,
    bool Continues,
    bool Unsupported)
{
    /// <summary>The only metric-like words are part of a follow-up phrase ("reverse the order"): no metric is asked for.</summary>
    public bool MetricWordsInCue { get; init; }

    /// <summary>Dimensions a total is taken over ("各区域加起来", "all regions combined"): their split goes, their filters stay.</summary>
    public IReadOnlyList<string> SummedDimensions { get; init; } = [];

    /// <summary>Names values as one more of the same ("JD too", "京东也"): after an exclusion they are excluded as well.</summary>
    public bool LikeTheOthers { get; init; }

    /// <summary>A ten-day part of a month said with no month ("中旬呢", "mid-month"): 0, 1 or 2, of the conversation's month.</summary>
    public int? MonthPart { get; init; }

    /// <summary>Takes the time grain away ("不分周了", "no longer by week").</summary>
    public bool RemovesGrain { get; init; }

    /// <summary>Adds a split under the previous one rather than replacing it ("按门店类型再拆", "break that down further by store type").</summary>
    public bool AddsSplit { get; init; }

    /// <summary>Says that what it names replaces the previous part ("换成去掉京东", "exclude JD instead"), so an exclusion does not accumulate.</summary>
    public bool Replaces { get; init; }

    /// <summary>The question as read (normalised), for the readings made of it after the parts (a ratio asked of the previous metric).</summary>
    public string Text { get; init; } = "";

    /// <summary>Words pointing at the time the conversation is on ("that day"): read here, so no part of the question left over.</summary>
    public string? ThatTimeWords { get; init; }

    /// <summary>Period-end words ("季末", "月末", "at quarter-end"): the value at the end of the period is asked for.</summary>
    public IReadOnlyList<PeriodEndWords.Mention> PeriodEnd { get; init; } = [];

    /// <summary>A period named only to compare with ("比8月", "than in August"): the comparison's, never the question's range.</summary>
    public DateRange? ComparedPeriod { get; init; }

    /// <summary>Asks why ("为什么少了", "how come it went up"): the change and where it came from.</summary>
    public bool Explain { get; init; }

    /// <summary>Dimensions named as the rest with nothing left out ("其他渠道呢", "the other channels"): of a previous filter, its other values.</summary>
    public IReadOnlyList<string> RestDimensions { get; init; } = [];

    /// <summary>Dimensions named as the rest with a split word ("其他渠道分别呢"): of a previous filter, its other values, split.</summary>
    public IReadOnlyList<string> RestSplitDimensions { get; init; } = [];

    /// <summary>Where the question names catalog metrics, in order.</summary>
    public IReadOnlyList<TermMatch> MetricTerms { get; init; } = [];

    /// <summary>Metrics named as the ones not wanted ("我要的是毛利，不是毛利率", "X rather than Y"): never asked for.</summary>
    public IReadOnlyList<string> RejectedMetrics { get; init; } = [];

    /// <summary>A ranking word pointing at several rows with no count ("the bottom ones instead"): the previous limit stays.</summary>
    public bool KeepsLimit { get; init; }

    /// <summary>Corrects or swaps a part of the question just answered ("我说的是净GMV", "换成毛利", "I meant the net version"): the ranking asked there stays.</summary>
    public bool Revises { get; init; }

    /// <summary>Words pointing at the shape of the answer just given ("for the same cut", "same ranking"): read here, so no part left over.</summary>
    public string? SameShapeWords { get; init; }

    /// <summary>Sets values side by side or asks each ("vs 华东", "和华东比", "分开看", "which one higher?"): one row per value.</summary>
    public bool SideBySide { get; init; }

    /// <summary>Asks each of the values the answer kept to, or ranks them ("各自多少" after 成都和重庆): their dimension is split.</summary>
    public bool SplitsListed { get; init; }

    /// <summary>Names a dimension value or a split: with a metric and a time, that is a whole question.</summary>
    public bool NamesSlice => Filters.Count > 0 || GroupBy.Count > 0;

    /// <summary>Says anything a previous question could be changed by.</summary>
    public bool HasContent =>
        Range is not null || StepBack is not null || Total || Compare is not null || RemovesComparison || NamesSlice || RemovedDimensions.Count > 0 || SummedDimensions.Count > 0 || MonthPart is not null
        || UnfilteredDimensions.Count > 0 || ClearsFilters || Grain is not null || RemovesGrain || UnitlessTrend || Ranking is not null || Reverses
        || PeriodEnd.Count > 0 || ComparedPeriod is not null || SplitsListed;
}
