using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Windows;
using static MetricAssistant.Understanding.MatchRules;

namespace MetricAssistant.Understanding;

/// <summary>
/// The period a question is about, at which grain, and what it is compared with. Read once the metric is chosen: a
/// comparison word inside a metric's name asks for no comparison, and with no period named the metric's own window is used.
/// </summary>
/// <param name="Explain">A why question: about the change from the period before, unless it names another comparison.</param>
/// <param name="DefaultWindow">The window used because no period was named (the asker is told), or null.</param>
/// <param name="Versus">Two periods set against each other ("五月跟四月比"), or null.</param>
internal sealed record AskedPeriod(DateRange Range, TimeGrain? Grain, Comparison? Compare, bool Explain, string? DefaultWindow, PeriodVersusPeriod.Contrast? Versus)
{
    /// <param name="rest">The question with its time expressions blanked out.</param>
    /// <param name="metrics">The metrics chosen, before a rolling or to-date variant replaces them.</param>
    public static AskedPeriod Read(SemanticCatalog catalog, string text, string rest, IReadOnlyList<TermMatch> matches, TimeResolution timing,
        ConceptReading reading, IReadOnlyList<string> metrics, DateTime now)
    {
        var grainRequest = GrainDetector.Detect(rest, text);
        // Comparison words inside a metric's own name ("GMV同比增速") name that metric, they ask for no comparison.
        var outsideNames = text.ToCharArray();
        foreach (var m in matches.Where(IsMetric)) Array.Fill(outsideNames, ' ', m.Start, m.Length);
        var (compare, compareWords) = ComparisonDetector.Detect(new string(outsideNames));
        // "net GMV vs ordered GMV last month": a comparison word whose period is read across a metric's name sets two metrics
        // side by side over one period; it compares no periods.
        if (compareWords is { } across && matches.Any(m => IsMetric(m) && m.Start < across.Index + across.Length && across.Index < m.End))
            (compare, compareWords) = (null, null);
        compare ??= timing.ImpliedComparison;
        // "orders in Q2 2025 vs Q1", "compared to April, how did May do": the period asked, compared with the one set against it
        // (never both periods summed, nor the base alone).
        var versus = PeriodVersusPeriod.Find(text, timing);
        compare ??= versus?.Compare;
        // "GMV growth last quarter", "毛利涨了多少", "how much did refunds go up": a growth or movement of a metric that is not itself one is its change from the period before.
        if (compare is null && (reading.Has(MetricSignature.Growth) || reading.ChangeAsked) && !metrics.Any(id => catalog.Signatures.For(id)?.Defining.Contains(MetricSignature.Growth) == true))
            compare = Comparison.Pop;
        var explain = WhyDetector.Asks(text);
        if (explain) compare ??= Comparison.Pop;

        var range = versus?.Range ?? timing.Range;
        // "this year compared with last": the year before a whole year asked is a year back.
        if (compare == Comparison.Pop && compareWords is not null && ComparisonDetector.AgainstLast(compareWords) && range is { } asked && asked.Start.Day == 1 && asked.Start.Month == 1 && asked.End == asked.Start.AddYears(1))
            compare = Comparison.Yoy;
        string? defaultWindow = null;
        if (range is null)
        {
            // "paid orders WoW", "GMV QoQ": no period named, the last whole one of the unit compared.
            defaultWindow = compare == Comparison.Pop && compareWords is not null && ComparisonDetector.UnitOf(text, compareWords) is { } unit
                ? unit switch { TimeGrain.Day => "yesterday", TimeGrain.Week => "last_week", TimeGrain.Quarter => "last_quarter", _ => "last_month" }
                : catalog.Metrics[metrics[0]].DefaultWindow;
            range = DefaultWindows.Resolve(defaultWindow, DateOnly.FromDateTime(now)) ?? DefaultWindows.Resolve("last_month", DateOnly.FromDateTime(now))!;
        }
        // 同比变化: the change compared, not a trend over the period.
        var trend = grainRequest.UnitlessTrend && !(compare is not null && GrainDetector.OnlyChange(rest));
        var grain = grainRequest.Grain ?? (trend ? (range.Days <= 31 ? TimeGrain.Day : TimeGrain.Month) : null);
        if (grainRequest is { Averaged: true, Grain: { } averaged } && OwnAverage.Over(catalog, catalog.Metrics[metrics[0]], averaged)) grain = null;
        // "yearly GMV for 2024 and 2025": whole periods of the grain listed are one range over them, a row each.
        if (grain is { } listedBy && versus is null && defaultWindow is null && ListedPeriods.Span(text, timing, listedBy) is { } listed) range = listed;
        return new AskedPeriod(range, grain, compare, explain, defaultWindow, versus);
    }
}
