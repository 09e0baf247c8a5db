using MetricAssistant.Application.Answers;
using System.Globalization;
using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Charts;

/// <summary>
/// Chooses the chart for an answer with the portal's rules (wwwroot/chart.js, app.js buildChart): a trend
/// (grain, two periods or more) is a line, one per group when there is a group-by (the largest few, the
/// rest as "other" or left out), current vs previous when compared; a group-by or ranking is bars in the
/// answer's row order, paired with the previous period when compared; a single compared number is one
/// pair of bars; a single number alone, or any answer that is not <c>answered</c>, gets no chart.
/// </summary>
public static class ChartPlanner
{
    /// <summary>Lines drawn at most; past it the largest <c>MaxLines - 1</c> stay and the rest become "other".</summary>
    public const int MaxLines = 7;

    /// <summary>Bars drawn at most (the portal's cap too); the rest are named in the note.</summary>
    public const int MaxBars = 30;

    public static ChartSpec? Plan(Answer answer, SemanticCatalog catalog, string language)
    {
        if (answer.Status != AnswerStatus.Answered || answer.Metric is null || answer.Rows.Count == 0) return null;
        var valueIndex = ValueColumn(answer);
        if (valueIndex < 0) return null;

        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var metric = catalog.FindMetric(answer.Metric.Id);
        var unit = metric is null ? "" : metric.Format == "percent" ? ChartNumberFormat.Ratio : metric.Unit;
        var query = answer.Query;
        var groups = (query?.GroupBy ?? []).Select(g => (Dimension: g, Index: ColumnIndex(answer, g))).Where(g => g.Index >= 0).ToArray();
        var previousIndex = ColumnIndex(answer, answer.Metric.Id + "_previous");
        var compare = previousIndex >= 0 ? query?.Compare : null;
        // The chart speaks the requested language throughout, whatever language the answer's metric name is in.
        var name = metric?.Name.For(language) is { Length: > 0 } catalogName ? catalogName
            : string.IsNullOrWhiteSpace(answer.Metric.Name) ? answer.Metric.Id : answer.Metric.Name;
        var title = compare is null ? name : zh ? $"{name}（{CompareText(compare, zh)}）" : $"{name}, {CompareText(compare, zh)}";
        string GroupLabel(IReadOnlyList<object?> row) => string.Join(zh ? "·" : " / ", groups.Select(g => ValueName(catalog, g.Dimension, row[g.Index], zh)));

        var periods = query?.Grain is null ? [] : answer.Rows.Select(r => Text(r[0])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (periods.Length >= 2)
        {
            var labels = PeriodLabels(periods, query!.Grain!);
            if (groups.Length > 0)
            {
                var (series, note) = TrendByGroup(answer.Rows, periods, valueIndex, GroupLabel, Additive(catalog, metric), zh);
                return new ChartSpec(ChartKind.Line, name, labels, series, unit, language, note);
            }
            var current = Column(answer.Rows, periods, valueIndex);
            return compare is null
                ? new ChartSpec(ChartKind.Line, title, labels, [new ChartSeries(name, current)], unit, language)
                : new ChartSpec(ChartKind.Line, title, labels,
                    [new ChartSeries(CurrentText(zh), current), new ChartSeries(PreviousText(compare, zh), Column(answer.Rows, periods, previousIndex))], unit, language);
        }

        if (groups.Length > 0)
        {
            var shown = answer.Rows.Take(MaxBars).ToArray();
            var note = answer.Rows.Count > MaxBars ? (zh ? $"前{MaxBars}项（共{answer.Rows.Count}项）" : $"first {MaxBars} of {answer.Rows.Count}") : null;
            var labels = shown.Select(GroupLabel).ToArray();
            var current = shown.Select(r => Number(r[valueIndex])).ToArray();
            return compare is null
                ? new ChartSpec(ChartKind.Bars, title, labels, [new ChartSeries(name, current)], unit, language, note)
                : new ChartSpec(ChartKind.ComparisonBars, title, labels,
                    [new ChartSeries(CurrentText(zh), current), new ChartSeries(PreviousText(compare, zh), shown.Select(r => Number(r[previousIndex])).ToArray())], unit, language, note);
        }

        if (compare is not null && answer.Rows.Count == 1)
        {
            var row = answer.Rows[0];
            return new ChartSpec(ChartKind.ComparisonBars, title, [name],
                [new ChartSeries(CurrentText(zh), [Number(row[valueIndex])]), new ChartSeries(PreviousText(compare, zh), [Number(row[previousIndex])])], unit, language);
        }
        return null;
    }

    /// <summary>
    /// One line per group, largest total first; past <see cref="MaxLines"/> the rest are summed into "other" when
    /// the metric adds up across groups and that sum stays within the largest line, else left out and counted in the note.
    /// </summary>
    private static (IReadOnlyList<ChartSeries> Series, string? Note) TrendByGroup(IReadOnlyList<IReadOnlyList<object?>> rows, string[] periods, int valueIndex,
        Func<IReadOnlyList<object?>, string> groupLabel, bool additive, bool zh)
    {
        var position = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var byGroup = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = groupLabel(row);
            if (!byGroup.TryGetValue(key, out var values)) byGroup[key] = values = new double?[periods.Length];
            values[position[Text(row[0])]] = Number(row[valueIndex]);
        }
        var ranked = byGroup.OrderByDescending(g => g.Value.Sum(v => Math.Abs(v ?? 0))).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (ranked.Count <= MaxLines) return (ranked.Select(g => new ChartSeries(g.Key, g.Value)).ToArray(), null);

        var kept = ranked.Take(MaxLines - 1).Select(g => new ChartSeries(g.Key, g.Value)).ToList();
        var rest = ranked.Skip(MaxLines - 1).ToList();
        var other = Enumerable.Range(0, periods.Length)
            .Select(i => rest.Any(g => g.Value[i] is not null) ? rest.Sum(g => g.Value[i] ?? 0) : (double?)null).ToArray();
        // A sum of many small groups (50 stores) would tower over the lines kept and flatten them: then leave it out too.
        if (!additive || Peak(other) > Peak(kept[0].Values)) return (kept, zh ? $"另有{rest.Count}项未显示" : $"{rest.Count} more not shown");
        kept.Add(new ChartSeries(zh ? $"其他（{rest.Count}项）" : $"Other ({rest.Count})", other));
        return (kept, null);
    }

    private static double Peak(IReadOnlyList<double?> values) => values.Max(v => Math.Abs(v ?? 0));

    /// <summary>Whether values of separate groups add up to the whole (a plain sum or count), so "other" may be their sum.</summary>
    private static bool Additive(SemanticCatalog catalog, MetricDefinition? metric)
    {
        if (metric?.Calculation is not { Type: MetricType.Simple or MetricType.Cumulative, Simple: { } simple }) return false;
        var measure = catalog.FindModel(simple.Model)?.FindMeasure(simple.Measure);
        return measure is { Aggregation: Aggregation.Sum or Aggregation.Count, SemiAdditive: null };
    }

    private static double?[] Column(IReadOnlyList<IReadOnlyList<object?>> rows, string[] periods, int index)
    {
        var values = new double?[periods.Length];
        var position = periods.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        foreach (var row in rows) values[position[Text(row[0])]] = Number(row[index]);
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

    private static int ValueColumn(Answer answer)
    {
        var index = ColumnIndex(answer, answer.Metric!.Id);
        if (index >= 0) return index;
        for (var i = 0; i < answer.Columns.Count; i++)
            if (answer.Columns[i].Type is "decimal" or "number" or "integer") return i;
        return -1;
    }

    private static int ColumnIndex(Answer answer, string name)
    {
        for (var i = 0; i < answer.Columns.Count; i++)
            if (string.Equals(answer.Columns[i].Name, name, StringComparison.Ordinal)) return i;
        return -1;
    }

    private static string ValueName(SemanticCatalog catalog, string dimension, object? code, bool zh) =>
        AnswerLabels.ValueName(catalog, dimension, Text(code), zh ? "zh" : "en");

    private static string CompareText(string compare, bool zh) => compare == "yoy" ? (zh ? "同比" : "YoY") : (zh ? "环比" : "vs previous period");

    private static string CurrentText(bool zh) => zh ? "本期" : "Current";

    private static string PreviousText(string compare, bool zh) => compare == "yoy" ? (zh ? "去年同期" : "Same period last year") : (zh ? "上期" : "Previous period");

    private static string Text(object? value) => value switch
    {
        null => "",
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString() ?? "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>A row value as a number; rows built in-process hold decimal/long/double, rows read back from JSON hold <see cref="JsonElement"/>.</summary>
    private static double? Number(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        decimal m => (double)m,
        long or int or short or float => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
