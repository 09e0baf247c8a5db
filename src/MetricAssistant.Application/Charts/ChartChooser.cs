using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Formatting;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;

namespace MetricAssistant.Application.Charts;

/// <summary>
/// Chooses the chart for an answer, for every door (the portal draws it from <c>display.chart</c>, Teams cards get
/// it as a PNG), reading the columns' roles: a trend (a time column, two periods or more) is a line, one per group
/// when there are dimension columns (the largest few, the rest as "other" or left out), current vs previous when
/// compared; dimension columns alone are bars in the answer's row order, paired with the previous period when
/// compared; a single compared number is one pair of bars; a single number alone, or any answer that is not
/// <c>answered</c>, gets no chart.
/// </summary>
public static class ChartChooser
{
    /// <summary>Lines drawn at most; past it the largest <c>MaxLines - 1</c> stay and the rest become "other".</summary>
    public const int MaxLines = 7;

    /// <summary>Bars drawn at most; the rest are named in the note.</summary>
    public const int MaxBars = 30;

    /// <summary>What the PNG renderer draws, or null when the answer gets no chart.</summary>
    public static ChartSpec? Spec(Answer answer, SemanticCatalog catalog, string language) => Choose(answer, catalog, language)?.Spec;

    public static ChartChoice? Choose(Answer answer, SemanticCatalog catalog, string language)
    {
        if (answer.Status != AnswerStatus.Answered || answer.Metric is null || answer.Rows.Count == 0) return null;
        var columns = answer.Columns;
        var metricId = answer.Metric.Id;
        var valueIndex = Index(columns, c => c.Role == ColumnRole.Value && c.Metric == metricId);
        if (valueIndex < 0) valueIndex = Index(columns, c => c.Role == ColumnRole.Value);
        if (valueIndex < 0) return null;
        var value = columns[valueIndex];

        var zh = NumberFormatter.IsChinese(language);
        var metric = catalog.FindMetric(value.Metric ?? metricId);
        var format = metric is null ? new ValueFormat("", "decimal", 2) : ValueFormat.For(metric);
        var groups = columns.Select((c, i) => (Column: c, Index: i)).Where(x => x.Column.Role == ColumnRole.Dimension).ToArray();
        var previousIndex = Index(columns, c => c.Role == ColumnRole.Previous && c.Metric == value.Metric);
        var compare = previousIndex >= 0 ? answer.Query?.Compare : null;
        // The chart speaks the requested language throughout, whatever language the answer's metric name is in.
        var name = metric?.Name.For(language) is { Length: > 0 } catalogName ? catalogName
            : string.IsNullOrWhiteSpace(answer.Metric.Name) ? metricId : answer.Metric.Name;
        var title = compare is null ? name : zh ? $"{name}（{CompareText(compare, zh)}）" : $"{name}, {CompareText(compare, zh)}";
        string GroupLabel(IReadOnlyList<object?> row) => string.Join(zh ? "·" : " / ", groups.Select(g => ValueName(catalog, g.Column, row[g.Index], language)));
        ChartChoice Chosen(ChartSpec spec, DisplayChartKind kind, string? x, params string?[] series) => new(spec, kind, x, series);

        var timeIndex = Index(columns, c => c.Role == ColumnRole.Time);
        var grain = answer.Query?.Grain;
        var periods = timeIndex < 0 || grain is null ? [] : answer.Rows.Select(r => Text(r[timeIndex])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (periods.Length >= 2)
        {
            var labels = PeriodLabels(periods, grain!);
            var x = columns[timeIndex].Name;
            if (groups.Length > 0)
            {
                var (series, note, other) = TrendByGroup(answer.Rows, periods, timeIndex, valueIndex, GroupLabel, Additive(catalog, metric), zh);
                var spec = new ChartSpec(ChartKind.Line, name, labels, series, format, language, note);
                // Every line reads the value column, but for "other", which sums the groups left out.
                return Chosen(spec, DisplayChartKind.Line, x, series.Select((_, i) => other && i == series.Count - 1 ? null : value.Name).ToArray());
            }
            var current = Column(answer.Rows, periods, timeIndex, valueIndex);
            return compare is null
                ? Chosen(new ChartSpec(ChartKind.Line, title, labels, [new ChartSeries(name, current)], format, language), DisplayChartKind.Line, x, value.Name)
                : Chosen(new ChartSpec(ChartKind.Line, title, labels,
                    [new ChartSeries(CurrentText(zh), current), new ChartSeries(PreviousText(compare, zh), Column(answer.Rows, periods, timeIndex, previousIndex))], format, language),
                    DisplayChartKind.Line, x, value.Name, columns[previousIndex].Name);
        }

        if (groups.Length > 0)
        {
            var shown = answer.Rows.Take(MaxBars).ToArray();
            var note = answer.Rows.Count > MaxBars ? (zh ? $"前{MaxBars}项（共{answer.Rows.Count}项）" : $"first {MaxBars} of {answer.Rows.Count}") : null;
            var labels = shown.Select(GroupLabel).ToArray();
            var current = shown.Select(r => RowValues.Number(r[valueIndex])).ToArray();
            var x = groups[0].Column.Name;
            return compare is null
                ? Chosen(new ChartSpec(ChartKind.Bars, title, labels, [new ChartSeries(name, current)], format, language, note), DisplayChartKind.Bar, x, value.Name)
                : Chosen(new ChartSpec(ChartKind.ComparisonBars, title, labels,
                    [new ChartSeries(CurrentText(zh), current), new ChartSeries(PreviousText(compare, zh), shown.Select(r => RowValues.Number(r[previousIndex])).ToArray())], format, language, note),
                    DisplayChartKind.GroupedBar, x, value.Name, columns[previousIndex].Name);
        }

        if (compare is not null && answer.Rows.Count == 1)
        {
            var row = answer.Rows[0];
            return Chosen(new ChartSpec(ChartKind.ComparisonBars, title, [name],
                [new ChartSeries(CurrentText(zh), [RowValues.Number(row[valueIndex])]), new ChartSeries(PreviousText(compare, zh), [RowValues.Number(row[previousIndex])])], format, language),
                DisplayChartKind.Pair, null, value.Name, columns[previousIndex].Name);
        }
        return null;
    }

    /// <summary>
    /// One line per group, largest total first; past <see cref="MaxLines"/> the rest are summed into "other" when
    /// the metric adds up across groups and that sum stays within the largest line, else left out and counted in the note.
    /// </summary>
    private static (IReadOnlyList<ChartSeries> Series, string? Note, bool Other) TrendByGroup(IReadOnlyList<IReadOnlyList<object?>> rows, string[] periods, int timeIndex, int valueIndex,
        Func<IReadOnlyList<object?>, string> groupLabel, bool additive, bool zh)
    {
        var position = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var byGroup = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = groupLabel(row);
            if (!byGroup.TryGetValue(key, out var values)) byGroup[key] = values = new double?[periods.Length];
            values[position[Text(row[timeIndex])]] = RowValues.Number(row[valueIndex]);
        }
        var ranked = byGroup.OrderByDescending(g => g.Value.Sum(v => Math.Abs(v ?? 0))).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count <= MaxLines) return (ranked.Select(g => new ChartSeries(g.Key, g.Value)).ToArray(), null, false);

        var kept = ranked.Take(MaxLines - 1).Select(g => new ChartSeries(g.Key, g.Value)).ToList();
        var rest = ranked.Skip(MaxLines - 1).ToList();
        var other = Enumerable.Range(0, periods.Length)
            .Select(i => rest.Any(g => g.Value[i] is not null) ? rest.Sum(g => g.Value[i] ?? 0) : (double?)null).ToArray();
        // A sum of many small groups (50 stores) would tower over the lines kept and flatten them: then leave it out too.
        if (!additive || Peak(other) > Peak(kept[0].Values)) return (kept, zh ? $"另有{rest.Count}项未显示" : $"{rest.Count} more not shown", false);
        kept.Add(new ChartSeries(zh ? $"其他（{rest.Count}项）" : $"Other ({rest.Count})", other));
        return (kept, null, true);
    }

    private static double Peak(IReadOnlyList<double?> values) => values.Max(v => Math.Abs(v ?? 0));

    /// <summary>Whether values of separate groups add up to the whole (a plain sum or count), so "other" may be their sum.</summary>
    private static bool Additive(SemanticCatalog catalog, MetricDefinition? metric)
    {
        if (metric?.Calculation is not { Type: MetricType.Simple or MetricType.Cumulative, Simple: { } simple }) return false;
        var measure = catalog.FindModel(simple.Model)?.FindMeasure(simple.Measure);
        return measure is { SemiAdditive: null } && measure.Aggregation.IsAdditive();
    }

    private static double?[] Column(IReadOnlyList<IReadOnlyList<object?>> rows, string[] periods, int timeIndex, int index)
    {
        var values = new double?[periods.Length];
        var position = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        foreach (var row in rows) values[position[Text(row[timeIndex])]] = RowValues.Number(row[index]);
        return values;
    }

    /// <summary>Period starts as people read them: 2025-01 by month, 2025 Q1 by quarter, 2025 by year, 01-06 by day or week within one year.</summary>
    private static string[] PeriodLabels(string[] periods, string grain)
    {
        var dates = periods.Select(p => DateOnly.TryParseExact(p.Length >= 10 ? p[..10] : p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).ToArray();
        if (dates.Any(d => d is null)) return periods;
        var oneYear = dates.Select(d => d!.Value.Year).Distinct().Count() == 1;
        return dates.Select(d => d!.Value)
            .Select(d => AnswerLabels.Period(d, grain) ?? d.ToString(oneYear ? "MM-dd" : "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
    }

    private static int Index(IReadOnlyList<ColumnDto> columns, Func<ColumnDto, bool> match)
    {
        for (var i = 0; i < columns.Count; i++)
            if (match(columns[i])) return i;
        return -1;
    }

    private static string ValueName(SemanticCatalog catalog, ColumnDto column, object? code, string language) =>
        AnswerLabels.ValueName(catalog, column.Dimension ?? column.Name, Text(code), NumberFormatter.IsChinese(language) ? "zh" : "en");

    private static string CompareText(string compare, bool zh) => compare == "yoy" ? (zh ? "同比" : "YoY") : (zh ? "环比" : "vs previous period");

    private static string CurrentText(bool zh) => zh ? "本期" : "Current";

    private static string PreviousText(string compare, bool zh) => compare == "yoy" ? (zh ? "去年同期" : "Same period last year") : (zh ? "上期" : "Previous period");

    private static string Text(object? value) => RowValues.Text(value) ?? "";
}
