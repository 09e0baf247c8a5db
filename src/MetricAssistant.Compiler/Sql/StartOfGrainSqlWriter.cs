using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// MetricFlow's offset_to_grain: each period of the query takes the input's value on one day, the first day of the
/// offset grain its own first day falls in (by day, every day of June reads 1 June; by week, the week of Monday
/// 3 June reads 1 June). The input is computed by day over those days and joined to the query's periods.
/// </summary>
internal sealed class StartOfGrainSqlWriter(SemanticCatalog catalog, SqlDialect dialect, ParameterBag parameters, QueryPlan plan)
{
    public string Write(PlannedComponent component, TimeGrain toGrain, TimeGrain grain, DateRange range, PeriodShift? labelShift)
    {
        var firstPeriod = PeriodMath.Truncate(range.Start, grain);
        var lastPeriod = PeriodMath.Truncate(range.End.AddDays(-1), grain);
        var days = new DateRange(PeriodMath.Truncate(firstPeriod, toGrain), PeriodMath.Truncate(lastPeriod, toGrain).AddDays(1));
        var inner = new ComponentSqlWriter(catalog, dialect, parameters, plan with { Grain = TimeGrain.Day })
            .Write(component with { OffsetToGrain = null }, days, null);
        var first = parameters.Add(ComponentSqlWriter.ToTimestamp(firstPeriod));
        var last = parameters.Add(ComponentSqlWriter.ToTimestamp(lastPeriod));
        var label = labelShift is null ? "g.gs" : dialect.AddInterval("g.gs", labelShift.IntervalText);
        var periods = $"SELECT {dialect.ToDate(label)} AS period, {dialect.ToDate(dialect.DateTrunc(toGrain, "g.gs"))} AS anchor FROM {dialect.Series(first, last, PeriodMath.IntervalOf(grain), "g", "gs")}";
        var select = ComponentSqlWriter.KeyNames(plan).Select(k => k == "period" ? "s.period AS period" : $"i.{k} AS {k}").Append("i.v AS v");
        return $"SELECT {string.Join(", ", select)}\n  FROM ({periods}) AS s\n  JOIN ({inner}) AS i ON i.period = s.anchor";
    }
}
