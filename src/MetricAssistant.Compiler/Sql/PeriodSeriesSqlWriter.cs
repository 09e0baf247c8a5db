using System.Globalization;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// A component over a series of periods rather than its rows' own: every period of the range as a row (every_period,
/// MetricFlow's join_to_timespine), and a cumulative read by day, then per coarser period (period_agg first or average).
/// </summary>
internal sealed class PeriodSeriesSqlWriter(SemanticCatalog catalog, SqlDialect dialect, ParameterBag parameters, QueryPlan plan, ComponentSqlWriter shared)
{
    /// <summary>
    /// Every period of the range as a row (MetricFlow's join_to_timespine): the periods of the query's grain, each joined to
    /// the component's rows for it; a period without rows gets one row with no value, which the metric shows as 0 or unknown.
    /// </summary>
    public string EveryPeriod(PlannedComponent component, TimeGrain grain, DateRange range, PeriodShift? labelShift)
    {
        var inner = shared.Write(component, range, labelShift);
        var first = parameters.Add(ComponentSqlWriter.ToTimestamp(PeriodMath.Truncate(range.Start, grain)));
        var last = parameters.Add(ComponentSqlWriter.ToTimestamp(PeriodMath.Truncate(range.End.AddDays(-1), grain)));
        var label = labelShift is null ? "g.gs" : dialect.AddInterval("g.gs", labelShift.IntervalText);
        var periods = $"SELECT {dialect.ToDate(label)} AS period FROM {dialect.Series(first, last, PeriodMath.IntervalOf(grain), "g", "gs")}";
        var select = ComponentSqlWriter.KeyNames(plan).Select(k => k == "period" ? "s.period AS period" : $"i.{k} AS {k}").Append("i.v AS v");
        return $"SELECT {string.Join(", ", select)}\n  FROM ({periods}) AS s\n  LEFT JOIN ({inner}) AS i ON i.period = s.period";
    }

    /// <summary>
    /// A cumulative read by a grain coarser than a day with period_agg first or average: the running total by day over the
    /// range, then per period (and group) the first day's value or the average of its days' values (MetricFlow's period_agg).
    /// </summary>
    public string CumulativeByDay(PlannedComponent component, TimeGrain grain, DateRange range, PeriodShift? labelShift)
    {
        var daily = new ComponentSqlWriter(catalog, dialect, parameters, plan with { Grain = TimeGrain.Day })
            .Write(component with { PeriodAgg = CumulativePeriodValue.Last }, range, null);
        var keys = ComponentSqlWriter.KeyNames(plan).ToArray();
        var groups = keys.Skip(1).ToArray();
        var period = shared.PeriodSql(grain, "daily.period", labelShift);
        var keyColumns = string.Join(", ", keys);
        if (component.PeriodAgg == CumulativePeriodValue.Average)
        {
            var averaged = new[] { $"{period} AS period" }.Concat(groups.Select(k => $"daily.{k} AS {k}")).Append("AVG(daily.v) AS v");
            return $"SELECT {string.Join(", ", averaged)}\n  FROM ({daily}) AS daily\n  GROUP BY {string.Join(", ", Enumerable.Range(1, keys.Length).Select(i => i.ToString(CultureInfo.InvariantCulture)))}";
        }
        // The first day of each period (and group) that has a running total; MAX keeps its one value and its type.
        var partition = string.Join(", ", new[] { period }.Concat(groups.Select(k => $"daily.{k}")));
        var ranked = new[] { $"{period} AS period" }.Concat(groups.Select(k => $"daily.{k} AS {k}"))
            .Append("daily.period AS day").Append("daily.v AS v").Append($"MIN(daily.period) OVER (PARTITION BY {partition}) AS first_day");
        return $"SELECT {keyColumns}, MAX(v) AS v\n  FROM (SELECT {string.Join(", ", ranked)}\n  FROM ({daily}) AS daily) AS ranked\n  WHERE day = first_day\n  GROUP BY {keyColumns}";
    }
}
