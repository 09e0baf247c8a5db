using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Loading;

/// <summary>Reads the calculation layer of a metric: simple parts, filters and the operands of ratios and derived metrics.</summary>
internal sealed class CalculationReader(SourceMap sources)
{
    public static readonly string[] SimpleFields = ["model", "measure", "time_dimension", "filters", "no_rows", "every_period"];

    // The calculation fields each metric type takes; any other calculation field is a mistake.
    private static readonly Dictionary<MetricType, string[]> FieldsByType = new()
    {
        [MetricType.Simple] = SimpleFields,
        [MetricType.Cumulative] = [.. SimpleFields, "window", "grain_to_date", "period_agg"],
        [MetricType.Ratio] = ["numerator", "denominator"],
        [MetricType.Derived] = ["inputs", "expr"],
        [MetricType.Conversion] = ["base", "conversion", "entity", "calculation", "window", "constant_properties"],
    };

    public MetricCalculation Read(YamlNodeReader r, MetricType type)
    {
        foreach (var field in FieldsByType.Values.SelectMany(f => f).Distinct().Except(FieldsByType[type]).Where(r.Has))
            r.Problems.Add(r.LocationOf(field), CatalogProblemCodes.InvalidField,
                $"field '{field}' does not apply to a {CatalogVocabulary.Word(CatalogVocabulary.MetricTypes, type)} {r.Context}");

        return type switch
        {
            MetricType.Ratio => new MetricCalculation(type, null,
                [Operand(r.Mapping("numerator", required: true), "numerator", r), Operand(r.Mapping("denominator", required: true), "denominator", r)],
                null),
            MetricType.Derived => Derived(r),
            MetricType.Cumulative => Cumulative(r),
            MetricType.Conversion => new ConversionReader(this).Read(r),
            _ => new MetricCalculation(type, Simple(r), [], null),
        };
    }

    /// <summary>"window: 7 days" (rolling) or "grain_to_date: month" (month to date), or neither (from the beginning); never both.</summary>
    private MetricCalculation Cumulative(YamlNodeReader r)
    {
        var window = Window(r, "window");
        TimeGrain? toDate = r.Has("grain_to_date") ? r.Enum("grain_to_date", CatalogVocabulary.Grains, TimeGrain.Month) : null;
        if (window is not null && toDate is not null)
            r.Problems.Add(r.LocationOf("grain_to_date"), CatalogProblemCodes.InvalidField,
                $"{r.Context} has both 'window' and 'grain_to_date'; a cumulative metric takes one of them", "keep 'window' for a rolling sum or 'grain_to_date' for a to-date total");
        return new MetricCalculation(MetricType.Cumulative, Simple(r), [], null) 
        {
            Window = window,
            GrainToDate = window is null ? toDate : null,
            PeriodAgg = r.Enum("period_agg", CatalogVocabulary.PeriodValues, CumulativePeriodValue.Last),
        };
    }

    /// <summary>"7 days", "1 year": a positive number and a unit (day, week, month, quarter, year).</summary>
    internal static CalendarWindow? Window(YamlNodeReader r, string key)
    {
        var text = r.String(key);
        if (text is null) return null;
        var window = CalendarWindow.TryParse(text);
        if (window is null)
            r.Problems.Add(r.LocationOf(key), CatalogProblemCodes.InvalidField,
                $"{key} of {r.Context} must be a number and a unit such as '7 days' or '1 year', not '{text}'", "units: day, week, month, quarter, year");
        return window;
    }

    /// <summary>"model: orders, measure: pay_amount, time_dimension: paid_time, filters: [...]".</summary>
    public SimpleCalculation Simple(YamlNodeReader r)
    {
        var filters = r.Sequence("filters", "filter").Select(f =>
        {
            f.Known("column", "op", "values");
            var filter = new ColumnFilter(ColumnPath.Parse(f.String("column", required: true) ?? ""),
                f.Enum("op", CatalogVocabulary.Operators, FilterOperator.Equals, required: true, out var knownOperator), f.Strings("values"), f.Location);
            sources.Set(filter, "values", f.LocationOf("values"));
            if (!knownOperator || !f.Has("op")) sources.MarkInvalid(filter);
            return filter;
        }).ToList();
        var calculation = new SimpleCalculation(r.String("model", required: true) ?? "", r.String("measure", required: true) ?? "",
            r.String("time_dimension", required: true) ?? "", filters, r.LocationOf("model"))
        {
            NoRows = r.Enum("no_rows", CatalogVocabulary.NoRowsValues, NoRowsValue.Zero),
            EveryPeriod = r.Bool("every_period", false),
        };
        foreach (var field in SimpleFields) sources.Set(calculation, field, r.LocationOf(field));
        return calculation;
    }

    private MetricCalculation Derived(YamlNodeReader r)
    {
        var inputs = r.Sequence("inputs", "input", required: true)
            .Select(item => Operand(item, item.String("name", required: true) ?? "", r, derived: true)).OfType<MetricInput>().ToList();
        var calculation = new MetricCalculation(MetricType.Derived, null, inputs, r.String("expr", required: true) ?? "");
        sources.Set(calculation, "expr", r.LocationOf("expr"));
        return calculation;
    }

    /// <summary>"{ metric: gmv }" or an inline "{ name: cancelled_orders, model: orders, measure: orders, … }".</summary>
    /// <remarks>
    /// An input of a derived metric may be read earlier ("offset_window: 1 year", MetricFlow's word) or at the start
    /// of a grain ("offset_to_grain: month"); one of the two, as in MetricFlow.
    /// </remarks>
    internal MetricInput Operand(YamlNodeReader? operand, string name, YamlNodeReader metric, bool derived = false)
    {
        if (operand is null) return new MetricInput(name, null, null, metric.Location);
        var o = operand.WithContext($"{name} of {metric.Context}");
        if (o.Has("metric"))
        {
            if (derived) o.Known("metric", "name", "offset_window", "offset_to_grain");
            else o.Known("metric", "name");
            var window = derived ? Window(o, "offset_window") : null;
            TimeGrain? toGrain = derived && o.Has("offset_to_grain") ? o.Enum("offset_to_grain", CatalogVocabulary.Grains, TimeGrain.Month) : null;
            if (window is not null && toGrain is not null)
                o.Problems.Add(o.LocationOf("offset_to_grain"), CatalogProblemCodes.InvalidField,
                    $"{o.Context} has both 'offset_window' and 'offset_to_grain'; an input takes one of them", "keep 'offset_window' to read it that far back or 'offset_to_grain' to read it at the grain's start");
            return new MetricInput(name, o.String("metric"), null, o.LocationOf("metric"))
            {
                Label = o.Peek("name"),
                OffsetWindow = window,
                OffsetToGrain = window is null ? toGrain : null,
            };
        }
        o.Known(["name", .. SimpleFields]);
        return new MetricInput(name, null, Simple(o), o.Location) { Label = o.Peek("name") };
    }
}
