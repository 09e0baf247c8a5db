using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// Reads a question part by part with the same detectors as <see cref="QuestionUnderstanding"/> (time,
/// catalog terms, slices, grain, ranking, comparison), plus the few words of taking something away.
/// </summary>
public sealed class FollowUpReader(SemanticCatalog catalog, CatalogLexicon lexicon, ITimeResolver time)
{
    private readonly DefinitionSwitch definitions = new(catalog);

    /// <summary>The definitions of the catalog's families, as a follow-up names them by owner or word.</summary>
    public DefinitionSwitch Definitions => definitions;

    /// <param name="splitBy">The dimensions the answer being followed up is split by: a word both a dimension and a value
    /// ("门店", the store dimension and the in-store channel) taken away from such a split is the split (CONVENTIONS "Follow-ups").</param>
    /// <param name="listedBy">The dimensions the answer being followed up kept to two or more values without splitting by them: asked
    /// each or ranked ("分开看", "which one higher?"), those values are set side by side.</param>
    public FollowUpReading Read(string question, DateTime now, IReadOnlyCollection<string>? splitBy = null, IReadOnlyCollection<string>? listedBy = null)
    {
        // "每个渠道单独一行": a layout asks for the split beside it (as in a whole question).
        var text = RowLayoutWords.Blank(QuestionText.Of(question));
        // "季末的呢", "what about at quarter-end": the end word is read on its own and the period as without it, as in a whole question.
        var periodEnd = PeriodEndWords.Find(text);
        // "月底那几天呢": the last part of the conversation's month, not its end.
        var monthPart = MonthPartWords.Find(text);
        if (monthPart is not null) periodEnd = [.. periodEnd.Where(w => w.Start + w.Length <= monthPart.Start || w.Start >= monthPart.Start + monthPart.Length)];
        var timing = time.Resolve(PeriodEndWords.Blank(text, periodEnd), now);
        // "what's the total for the month": the month the conversation is on.
        if (timing.Mentions.Count > 0 && timing.Mentions.All(m => FollowUpCues.IsTheUnit(text.Substring(m.Start, Math.Min(m.Length, text.Length - m.Start)))))
            timing = timing with { Range = null };
        var blocked = new bool[text.Length];
        foreach (var mention in timing.Mentions)
            Array.Fill(blocked, true, mention.Start, Math.Min(mention.Length, text.Length - mention.Start));
        // A month part with no month of its own is read against the conversation's month; with another time named, as that time.
        if (monthPart is not null && timing.Mentions.Any(m => m.Start + m.Length <= monthPart.Start || m.Start >= monthPart.Start + monthPart.Length)) monthPart = null;
        if (monthPart is not null) Array.Fill(blocked, true, monthPart.Start, monthPart.Length);
        var matches = LexiconScanner.Scan(lexicon, text, blocked);
        // An end word inside a metric's own name (期末在岗人数) is that name's.
        periodEnd = [.. periodEnd.Where(w => !matches.Any(m => m.Start <= w.Start && w.Start + w.Length <= m.End && m.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric)))];
        foreach (var word in periodEnd) Array.Fill(blocked, true, word.Start, word.Length);

        // "总共呢", "what about the total": not when the word is part of a metric's name ("total customers").
        var sum = FollowUpCues.TotalAt(text);
        if (sum is not null && matches.Any(m => m.Start <= sum.Index && sum.Index < m.End && m.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))) sum = null;
        // "forget the trend", "不看趋势了": only the trend goes; the split shown stays (CONVENTIONS "What is shown stays").
        var trendOnly = sum is not null && FollowUpCues.NamesTrend(sum);
        // "不分区域了，给个总数": one number asked beside a split taken away drops the trend too.
        var oneNumber = sum is not null && FollowUpCues.OneNumber(text);
        if (trendOnly) sum = null;
        var total = sum is not null;

        // A dimension named to be taken away ("去掉渠道"), summed over ("the total across channels") or opened
        // up ("所有区域") is neither a split nor a filter.
        var removed = new List<string>();
        var unfiltered = new List<string>();
        var summed = new List<string>();
        var all = new List<string>();
        var lifted = false;
        var sliceTerms = new List<TermMatch>();
        foreach (var match in matches.Where(m => m.Entries.All(e => e.Kind is not TermKind.Metric and not TermKind.AmbiguousMetric)))
        {
            var dimension = match.Entries.FirstOrDefault(e => e.Kind == TermKind.Dimension);
            var isValue = match.Entries.Any(e => e.Kind == TermKind.DimensionValue);
            var before = text[..match.Start];
            // "the e-commerce team's ordered GMV": a value's word naming a team is the definition's owner, no value.
            if (isValue && dimension is null && definitions.NamesAnOwner(text[match.Start..match.End], text[match.End..])) continue;
            // "把渠道合起来", "add the channels back together": a split the answer has, taken together ("剩下几个渠道一共多少" with no
            // split by channel asks the rest's total, read as before).
            bool SplitTakenTogether(string id) => sum is not null && splitBy is not null && splitBy.Contains(id) && FollowUpCues.TakenTogether(text, match.Start, match.End, sum);
            // "不分门店，整体呢", "drop the store split", "门店合起来" after an answer split by store: the split goes. Otherwise the value
            // reading stands ("不要门店" after a split by channel excludes the in-store channel).
            if (isValue && dimension is not null && splitBy is not null && splitBy.Contains(dimension.Id)
                && (FollowUpCues.RemovesBefore(before) || FollowUpCues.RemovesAfter(text[match.End..]) || SplitTakenTogether(dimension.Id)))
                isValue = false;
            // "不筛渠道了", "去掉渠道的筛选", "drop the channel filter": the filter goes, the split stays.
            if (dimension is not null && !isValue && FollowUpCues.LiftsFilter(before, text[match.End..])) { Add(unfiltered, dimension.Id); lifted = true; }
            else if (dimension is not null && !isValue && (FollowUpCues.RemovesBefore(before) || FollowUpCues.RemovesAfter(text[match.End..]))) Add(removed, dimension.Id);
            else if (dimension is not null && !isValue && total && (FollowUpCues.SumsOverBefore(before) || SplitTakenTogether(dimension.Id))) Add(summed, dimension.Id);
            else if (dimension is not null && !isValue && FollowUpCues.AllBeforeMatches(before)) Add(all, dimension.Id);
            else sliceTerms.Add(match);
        }

        // "全国的呢", "nationwide?": every region, and every place within one (cities, stores), opened up.
        if (FollowUpCues.AsksEverywhere(text) && lexicon.Lookup("区域").FirstOrDefault(e => e.Kind == TermKind.Dimension) is { } regions)
            foreach (var place in catalog.Dimensions.Values.Where(d => d.Id == regions.Id || d.Values.Any(v => v.Within.Any(w => w.Dimension == regions.Id))))
                Add(all, place.Id);

        // "各渠道加起来", "all channels combined": the total is over the named dimensions only, other splits stay, and so do the
        // filters: the sum is of the rows shown (CONVENTIONS "Follow-ups").
        if (total && (removed.Count > 0 || summed.Count > 0 || all.Count > 0))
        {
            foreach (var id in all) Add(summed, id);
            total = false;
        }
        else foreach (var id in all) Add(unfiltered, id);

        // "the month before" counts from the previous question's period, not from now.
        var stepAt = FollowUpCues.StepBackAt(text);
        // Time expressions are blanked first, as in QuestionUnderstanding: "上季度" is no quarterly grain, "3月" no top 3; so is a step
        // back: "前一个周末" is no top 1 and no weekly grain.
        if (stepAt is { } at) Array.Fill(blocked, true, at.Start, at.End - at.Start);
        var rest = new string(text.Select((c, i) => blocked[i] ? ' ' : c).ToArray());
        var ranking = RankingDetector.Detect(rest);
        // "哪个高？", "which one was higher?" after an answer split: its rows ranked, the one at that end.
        if (ranking is null && (splitBy is { Count: > 0 } || listedBy is { Count: > 0 })) ranking = WhichOfTheRows.Asked(rest);
        // "for the same cut", "same ranking but on GMV": the ranking shown stays as it was, its count too.
        var sameShape = FollowUpCues.SameShapeWords(text);
        if (sameShape is not null && ranking is { Limit: null }) ranking = null;
        var slices = ValueComparison.Apply(text, sliceTerms, RelatedValues.Apply(text, sliceTerms, SliceParser.Parse(text, sliceTerms, ranking is not null), catalog), lexicon);
        // "哪种店最差", "which type of store is worst": the kind of store asked, as in a whole question.
        slices = KindOfDimension.Apply(text, sliceTerms, slices, catalog, lexicon, ranking is not null);
        // "vs 华东呢", "分开看嘛", "which one higher?": values set side by side, each its own row.
        var sideBySide = ValueComparison.Find(rest).Success;
        // "那门店加线上呢": values covering every row lift what was kept on their dimensions.
        foreach (var id in slices.Whole) Add(unfiltered, id);
        var grain = GrainDetector.Detect(rest);
        // "forget the trend", "不看趋势了": the trend word is what the total drops, not a trend asked for.
        if ((total || trendOnly) && grain.Grain is null && FollowUpCues.TotalAt(text) is { } drop && GrainDetector.Spans(drop.Value).Any()) grain = grain with { UnitlessTrend = false };
        var removesGrain = grain.Grain is not null && GrainDetector.Spans(rest).FirstOrDefault() is { } unit && FollowUpCues.RemovesUnit(rest[..unit.Start], rest.Substring(unit.Start, unit.Length));
        if (removesGrain) grain = grain with { Grain = null };
        removesGrain |= trendOnly || oneNumber;
        var (compare, where) = ComparisonDetector.Detect(text);
        var removesComparison = where is not null && FollowUpCues.RemovesBefore(text[..where.Index]);
        compare = removesComparison ? null : compare ?? timing.ImpliedComparison;
        // "为什么变化这么大", "跟去年比变化大吗": 变化 is the change asked about or compared, not a trend over the period.
        if (grain.UnitlessTrend && (compare is not null || WhyDetector.Asks(text)) && GrainDetector.OnlyChange(rest)) grain = grain with { UnitlessTrend = false };

        var reverse = FollowUpCues.ReverseAt(text);
        var reverses = reverse is not null;
        var stepBack = stepAt?.Step;
        // "compare that with the same quarter a year earlier", "跟去年同一个季度比比看", "stack it up against the week before": a step back
        // set against the question's own period is the comparison (a year back: yoy, else the period before), the period stays.
        if (compare is null && !removesComparison && stepAt is { } step && FollowUpCues.ComparesAgainst(text, step.Start, step.End))
        {
            compare = step.Step == TimeStep.Year ? Comparison.Yoy : Comparison.Pop;
            stepBack = null;
            timing = timing with { Range = null };
        }
        // "compare that with last year", "compare with the day before": the period compared against is the comparison's,
        // not a new period for the question.
        var compared = compare is not null && where is not null && !removesComparison;
        if (compared && (stepBack is not null || timing.Mentions.Any(m => m.Start >= where!.Index && m.Start < where.Index + where.Length)))
        {
            stepBack = null;
            timing = timing with { Range = null };
        }
        // "为啥比8月少了这么多", "why is it lower than August": the only period named is the one compared with; the question's stays.
        DateRange? against = null;
        if (timing.Range is not null && timing.Mentions.Count > 0 && timing.Mentions.All(m => FollowUpCues.ComparesAgainst(text, m.Start, m.Start + m.Length)))
        {
            against = timing.Range;
            timing = timing with { Range = null };
        }
        return new FollowUpReading(
            stepBack is null ? timing.Range : null,
            stepBack,
            compare,
            removesComparison,
            slices.Filters,
            slices.GroupBy,
            removed,
            unfiltered,
            FollowUpCues.ClearsFilters(text),
            total,
            grain.Grain,
            grain.UnitlessTrend,
            ranking,
            reverses,
            FollowUpCues.Adds(text),
            // "倒过来" only ever turns a previous answer round.
            FollowUpCues.Continues(text) || reverses,
            matches.Any(m => m.Entries.Any(e => e.Kind is TermKind.Unsupported or TermKind.Condition)))
        {
            // "reverse the order": no metric is named outside the phrase, so a metric read from its words is none.
            RemovesGrain = removesGrain,
            SummedDimensions = summed,
            MonthPart = monthPart?.Part,
            LikeTheOthers = FollowUpCues.LikeTheOthers(text),
            AddsSplit = FollowUpCues.AddsSplit(text),
            Replaces = FollowUpCues.Replaces(text),
            Revises = FollowUpCues.Revises(text),
            Text = text,
            ThatTimeWords = FollowUpCues.ThatTimeWords(text),
            SameShapeWords = sameShape,
            SideBySide = sideBySide,
            SplitsListed = listedBy is { Count: > 0 } && (sideBySide || ranking is not null),
            PeriodEnd = periodEnd,
            ComparedPeriod = against,
            Explain = WhyDetector.Asks(text),
            RestDimensions = slices.Rest,
            RestSplitDimensions = slices.RestSplit,
            MetricTerms = [.. matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.Metric))],
            RejectedMetrics = [.. matches.Where(m => ConceptVocabulary.Default.EndsWithNegation(text[..m.Start]))
                .SelectMany(m => m.Entries.Where(e => e.Kind is TermKind.Metric).Select(e => e.Id)).Distinct()],
            KeepsLimit = ranking is { Limit: 1 } && FollowUpCues.PointsAtRows(rest),
            MetricWordsInCue = reverse is not null && !matches.Any(m => (m.End <= reverse.Index || m.Start >= reverse.Index + reverse.Length)
                && m.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))
                // "取消渠道筛选": the filter's verb is no cancellation asked about; with no metric named, none is asked for.
                || (lifted || FollowUpCues.ClearsFilters(text)) && !matches.Any(m => m.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric)),
        };
    }

    private static void Add(List<string> list, string id)
    {
        if (!list.Contains(id)) list.Add(id);
    }
}
