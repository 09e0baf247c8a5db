using System.Globalization;
using MetricAssistant.Application.Formatting;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Answers;

/// <summary>
/// The answer's message in the asker's language: period, scope of the filters, the metric's name and
/// the number(s), formatted for people (万/亿, thousands/millions, percentages), e.g.
/// "2025年6月 华东 支付GMV：1234.57万元" or "June 2025, GMV (paid) by channel: Tmall ¥1.23 million, …".
/// </summary>
public static class AnswerNarrator
{
    private const int ListedGroups = 5;

    public static string Narrate(SemanticCatalog catalog, MetricDefinition metric, SemanticQuery query, CompiledQuery compiled, IReadOnlyList<IReadOnlyList<object?>> rows, string language)
    {
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var scope = string.Join(zh ? "、" : ", ", query.Filters.Select(f => FilterText(catalog, f, zh)));
        // At the period's end the value is the period's last snapshot, not its average: the message says which.
        var period = PeriodText.Describe(query.TimeRange, zh);
        if (query.At == ValueAt.PeriodEnd) period = zh ? $"{period}{(query.Grain is null ? "" : "各期")}期末" : $"end of {(query.Grain is null ? "" : "each period of ")}{period}";
        var head = zh
            ? $"{period}{(scope.Length > 0 ? " " + scope : "")} {metric.Name.Zh}"
            : $"{metric.Name.En}, {period}{(scope.Length > 0 ? ", " + scope : "")}";
        var columns = compiled.Columns;
        var value = IndexOf(columns, ColumnRole.Value, metric.Id);
        var change = IndexOf(columns, ColumnRole.ChangePct, metric.Id);
        if (rows.Count == 0) return head + (zh ? "：没有数据。" : ": no data.");

        // The keys of a row: its period (as the warehouse gave it) and its dimension codes by name, in column order.
        var keys = columns.Select((c, i) => (Column: c, Index: i)).Where(k => k.Column.Role is ColumnRole.Time or ColumnRole.Dimension).ToArray();
        if (keys.Length == 0)
        {
            // "GMV和订单数": every metric asked is in the message, not only the first one's number.
            var others = query.Metrics.Where(id => id != metric.Id).Select(catalog.FindMetric).OfType<MetricDefinition>()
                .Select(m => (Metric: m, Value: IndexOf(columns, ColumnRole.Value, m.Id), Change: IndexOf(columns, ColumnRole.ChangePct, m.Id)))
                .Where(o => o.Value >= 0)
                .Select(o => $"{(zh ? "，" + o.Metric.Name.Zh + "：" : "; " + o.Metric.Name.En + ": ")}{NumberFormatter.Format(rows[0][o.Value], o.Metric.Format, language)}{ChangeText(rows[0], o.Change, query.Compare, zh)}");
            return $"{head}{(zh ? "：" : ": ")}{NumberFormatter.Format(rows[0][value], metric.Format, language)}{ChangeText(rows[0], change, query.Compare, zh)}{string.Concat(others)}{(zh ? "。" : ".")}";
        }

        string Key(IReadOnlyList<object?> row) => string.Join(zh ? "·" : " / ", keys.Select(k =>
            k.Column.Role == ColumnRole.Time ? Convert.ToString(row[k.Index], CultureInfo.InvariantCulture) ?? "" : ValueName(catalog, k.Column.Dimension!, row[k.Index], zh)));
        var listed = rows.Take(query.Grain is null ? ListedGroups : rows.Count <= ListedGroups ? rows.Count : 0).ToList();
        var by = query.Grain is not null
            ? (zh ? $"按{GrainZh(query.Grain.Value)}" : $"by {query.Grain.Value.ToString().ToLowerInvariant()}")
            : "";
        var groups = query.GroupBy.Count == 0 ? "" : zh
            ? "按" + string.Join("、", query.GroupBy.Select(d => catalog.Dimensions[d].Name.Zh))
            : "by " + string.Join(" and ", query.GroupBy.Select(d => catalog.Dimensions[d].Name.En.ToLowerInvariant()));
        var splits = string.Join(zh ? "、" : " and ", new[] { by, groups }.Where(s => s.Length > 0));
        var items = listed.Select(r => $"{Key(r)} {NumberFormatter.Format(r[value], metric.Format, language)}{ChangeText(r, change, query.Compare, zh)}");
        var body = string.Join(zh ? "，" : "; ", items);
        if (listed.Count == 0)
        {
            var latest = rows[^1];
            body = zh
                ? $"共{rows.Count}行，最近一期 {Key(latest)} {NumberFormatter.Format(latest[value], metric.Format, language)}"
                : $"{rows.Count} rows; latest {Key(latest)} {NumberFormatter.Format(latest[value], metric.Format, language)}";
        }
        else if (rows.Count > listed.Count)
        {
            body += zh ? $"，等{rows.Count}项" : $"; {rows.Count} in all";
        }
        return zh ? $"{head}{splits}：{body}。" : $"{head}, {splits}: {body}.";
    }

    private static int IndexOf(IReadOnlyList<OutputColumn> columns, ColumnRole role, string metric)
    {
        for (var i = 0; i < columns.Count; i++)
            if (columns[i].Role == role && columns[i].Metric == metric) return i;
        return -1;
    }

    private static string ChangeText(IReadOnlyList<object?> row, int index, Comparison? compare, bool zh)
    {
        if (index < 0 || compare is null) return "";
        var label = compare == Comparison.Yoy ? (zh ? "同比" : "YoY") : (zh ? "环比" : "vs previous period");
        if (row[index] is null) return zh ? $"（{label}无可比数据）" : $" ({label}: no comparable data)";
        var text = NumberFormatter.SignedPercent(Convert.ToDouble(row[index], CultureInfo.InvariantCulture), "0.0");
        return zh ? $"（{label}{text}）" : $" ({label} {text})";
    }

    private static string FilterText(SemanticCatalog catalog, QueryFilter filter, bool zh)
    {
        var names = string.Join(zh ? "、" : ", ", filter.Values.Select(v => ValueName(catalog, filter.Dimension, v, zh)));
        if (filter.Operator == QueryFilterOperator.In) return names;
        return zh ? $"不含{names}" : $"excluding {names}";
    }

    private static string ValueName(SemanticCatalog catalog, string dimension, object? code, bool zh)
    {
        var text = Convert.ToString(code, CultureInfo.InvariantCulture) ?? "";
        return catalog.FindDimension(dimension)?.FindValue(text)?.Name.For(zh ? "zh" : "en") ?? text;
    }

    private static string GrainZh(TimeGrain grain) => grain switch
    {
        TimeGrain.Day => "天",
        TimeGrain.Week => "周",
        TimeGrain.Month => "月",
        TimeGrain.Quarter => "季度",
        _ => "年",
    };
}
