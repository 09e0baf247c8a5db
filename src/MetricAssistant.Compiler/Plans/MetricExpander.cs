using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// Turns a metric into an expression over aggregated components, following ratio and derived
/// metrics down to simple ones. Components are shared: aov and refund_rate in one query use one gmv.
/// </summary>
internal sealed class MetricExpander(SemanticCatalog catalog, CalendarWindow? conversionWindow = null)
{
    private const int MaxDepth = 16;
    private readonly List<PlannedComponent> components = [];

    public IReadOnlyList<PlannedComponent> Components => components;

    public MetricExpression Expand(MetricDefinition metric) => Expand(metric, 0, null, null);

    /// <param name="offset">How far back everything under this metric is read (the offset_window inputs above it, added up).</param>
    /// <param name="toGrain">The grain whose start everything under this metric is read at (an offset_to_grain input above it).</param>
    private MetricExpression Expand(MetricDefinition metric, int depth, PeriodShift? offset, TimeGrain? toGrain)
    {
        if (depth > MaxDepth) throw new InvalidOperationException($"metric '{metric.Id}' nests too deeply (a cycle the catalog validation should have caught)");
        var calc = metric.Calculation;
        return calc.Type switch
        {
            MetricType.Simple => Component(calc.Simple ?? throw Broken(metric), cumulative: false, offset, toGrain),
            MetricType.Cumulative => Component(calc.Simple ?? throw Broken(metric), cumulative: true, offset, toGrain, calc.Window, calc.GrainToDate, periodAgg: calc.PeriodAgg),
            MetricType.Ratio => new ArithmeticValue('/', ExpandInput(metric, Input(metric, "numerator"), depth, offset, toGrain), ExpandInput(metric, Input(metric, "denominator"), depth, offset, toGrain)),
            MetricType.Derived => ExpandDerived(metric, depth, offset, toGrain),
            MetricType.Conversion => ExpandConversion(metric, offset, toGrain),
            _ => throw Broken(metric),
        };
    }

    private MetricExpression ExpandDerived(MetricDefinition metric, int depth, PeriodShift? offset, TimeGrain? toGrain)
    {
        var parsed = MeasureExpression.Parse(metric.Calculation.Expression ?? "");
        var expr = parsed.Tree ?? throw new InvalidOperationException($"metric '{metric.Id}' has an invalid expression: {parsed.Error}");
        return Convert(expr);

        MetricExpression Convert(Expr e) => e switch
        {
            NameExpr n => ExpandInput(metric, Input(metric, n.Name), depth, offset, toGrain),
            NumberExpr n => new ConstantValue(n.Value),
            BinaryExpr b => new ArithmeticValue(b.Operator, Convert(b.Left), Convert(b.Right)),
            NegateExpr n => new NegatedValue(Convert(n.Operand)),
            _ => throw Broken(metric),
        };
    }

    /// <summary>
    /// The converted events as one component over the base event; the rate divides them by the base events' own
    /// component (the base measure over the same periods and groups). The query's window, when it gives one, wins.
    /// </summary>
    private MetricExpression ExpandConversion(MetricDefinition metric, PeriodShift? offset, TimeGrain? toGrain)
    {
        var parameters = metric.Calculation.Conversion ?? throw Broken(metric);
        var baseEvent = Input(metric, ConversionParameters.BaseInput).Inline ?? throw Broken(metric);
        var converted = Input(metric, ConversionParameters.ConversionInput).Inline ?? throw Broken(metric);
        var eventModel = catalog.FindModel(converted.Model) ?? throw new InvalidOperationException($"unknown model '{converted.Model}'");
        var conversion = new PlannedConversion(
            eventModel,
            eventModel.FindMeasure(converted.Measure) ?? throw new InvalidOperationException($"unknown measure '{converted.Measure}'"),
            eventModel.FindTimeDimension(converted.TimeDimension) ?? throw new InvalidOperationException($"unknown time dimension '{converted.TimeDimension}'"),
            converted.Filters,
            parameters.BaseEntity,
            parameters.ConversionEntity,
            conversionWindow ?? parameters.Window,
            parameters.ConstantProperties);
        var conversions = Component(baseEvent, cumulative: false, offset, toGrain, conversion: conversion, unknownWhenEmpty: converted.NoRows == NoRowsValue.Unknown);
        return parameters.Calculation == ConversionCalculation.Conversions
            ? conversions
            : new ArithmeticValue('/', conversions, Component(baseEvent, cumulative: false, offset, toGrain));
    }

    private MetricExpression ExpandInput(MetricDefinition owner, MetricInput input, int depth, PeriodShift? offset, TimeGrain? toGrain)
    {
        if (input.Inline is { } inline) return Component(inline, cumulative: false, offset, toGrain);
        var referenced = catalog.FindMetric(input.MetricId ?? "") ?? throw Broken(owner);
        var shifted = input.OffsetWindow is { } window ? (offset ?? new PeriodShift(0, 0)).Plus(PeriodShift.Of(window)) : offset;
        // The innermost offset_to_grain is the one the input is read at (MetricFlow applies it to the input's own rows).
        return Expand(referenced, depth + 1, shifted, input.OffsetToGrain ?? toGrain);
    }

    private static MetricInput Input(MetricDefinition metric, string name) =>
        metric.Calculation.Inputs.FirstOrDefault(i => i.Name == name) ?? throw Broken(metric);

    private ComponentValue Component(SimpleCalculation calc, bool cumulative, PeriodShift? offset, TimeGrain? toGrain, CalendarWindow? window = null, TimeGrain? toDate = null,
        PlannedConversion? conversion = null, bool? unknownWhenEmpty = null, CumulativePeriodValue periodAgg = CumulativePeriodValue.Last)
    {
        var model = catalog.FindModel(calc.Model) ?? throw new InvalidOperationException($"unknown model '{calc.Model}'");
        var component = new PlannedComponent(
            model,
            conversion?.EventMeasure ?? model.FindMeasure(calc.Measure) ?? throw new InvalidOperationException($"unknown measure '{calc.Measure}'"),
            model.FindTimeDimension(calc.TimeDimension) ?? throw new InvalidOperationException($"unknown time dimension '{calc.TimeDimension}'"),
            calc.Filters,
            cumulative)
        {
            Window = window,
            GrainToDate = toDate,
            Offset = offset,
            OffsetToGrain = toGrain,
            UnknownWhenEmpty = unknownWhenEmpty ?? calc.NoRows == NoRowsValue.Unknown,
            Conversion = conversion,
            EveryPeriod = calc.EveryPeriod,
            PeriodAgg = periodAgg,
        };
        var index = components.FindIndex(c => c.Key == component.Key);
        if (index < 0)
        {
            components.Add(component);
            index = components.Count - 1;
        }
        return new ComponentValue(index);
    }

    private static InvalidOperationException Broken(MetricDefinition metric) =>
        new($"metric '{metric.Id}' has an incomplete calculation (the catalog validation should have caught it)");
}
