using MetricAssistant.Catalog.Dbt.Reading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.Import;

/// <summary>
/// The one place where a dbt metric type becomes a catalog calculation. What the catalog's metric types express today:
/// simple (a measure with fixed filters), ratio, derived (inputs offset by offset_window or read at a grain's start by
/// offset_to_grain), cumulative from the beginning, over a rolling window or to a grain's date, conversion
/// (<see cref="ConversionMap"/>). Sub-daily windows and grains come back as unsupported features; giving one a mapping is a new arm here.
/// </summary>
internal sealed class MetricTypeMap(IReadOnlyList<ImportedModel> models, IReadOnlyDictionary<string, DbtNode> metrics, IReadOnlyList<DbtIssue> modelIssues)
{
    private readonly Dictionary<string, MappedMetric> done = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);

    /// <summary>The mapping of a metric already mapped, or null.</summary>
    public MappedMetric? TryMapped(string name) => done.GetValueOrDefault(name);

    public MappedMetric Map(string name)
    {
        if (done.TryGetValue(name, out var known)) return known;
        var node = metrics[name];
        if (!inProgress.Add(name))
            return MappedMetric.Unsupported(Issue(node, node.Line, DbtFeature.UnknownShape, "the metric refers to itself through its inputs"));
        var mapped = MapByType(node);
        inProgress.Remove(name);
        done[name] = mapped;
        return mapped;
    }

    private MappedMetric MapByType(DbtNode metric)
    {
        var type = metric.String("type")?.ToLowerInvariant() ?? "";
        var parameters = metric.Mapping("type_params");
        // A filter on a ratio or derived metric itself applies to all its inputs; the catalog filters inputs one by one.
        if (type is "ratio" or "derived" && metric.Strings("filter").Count > 0)
            return MappedMetric.Unsupported(Issue(metric, metric.LineOf("filter"), DbtFeature.FilterExpression,
                $"a filter on the {type} metric itself ('{string.Join(" AND ", metric.Strings("filter"))}') is not expressible; put it on its inputs"));
        return type switch
        {
            "simple" => Simple(metric, parameters, "simple"),
            "cumulative" => Cumulative(metric, parameters),
            "ratio" => Ratio(metric, parameters),
            "derived" => Derived(metric, parameters),
            "conversion" => new ConversionMap((parts, name) => Simple(metric, parts, "simple", withMetricFilter: false)).Map(metric, parameters),
            _ => MappedMetric.Unsupported(Issue(metric, metric.LineOf("type"), DbtFeature.UnknownShape, $"unknown metric type '{type}'")),
        };
    }

    private MappedMetric Simple(DbtNode metric, DbtNode? parameters, string catalogType, bool withMetricFilter = true)
    {
        var measureNode = parameters?.Raw("measure");
        var input = parameters?.Mapping("measure");
        var measureName = input?.String("name") ?? parameters?.String("measure");
        if (measureName is null) return MappedMetric.Unsupported(Issue(metric, metric.Line, DbtFeature.UnknownShape, "no type_params.measure"));
        // join_to_timespine: every period of the query's range as a row, even one without data (the catalog's every_period).
        var everyPeriod = input?.String("join_to_timespine") is { } join && bool.TryParse(join, out var joins) && joins;
        var fill = input?.String("fill_nulls_with");
        if (fill is not null and not "0")
            return MappedMetric.Unsupported(Issue(metric, input!.LineOf("fill_nulls_with"), DbtFeature.FillNulls, $"fill_nulls_with {fill} is not expressible; the catalog shows 0 (fill_nulls_with: 0) or no value"));
        var owner = models.FirstOrDefault(m => m.Measures.Any(x => x.Name == measureName));
        if (owner is null && modelIssues.FirstOrDefault(i => i.Dropped && i.Definition.StartsWith($"measure '{measureName}' ", StringComparison.Ordinal)) is { } dropped)
            return MappedMetric.Unsupported(Issue(metric, measureNode is null ? metric.Line : checked((int)measureNode.Start.Line), dropped.Feature,
                $"its measure '{measureName}' is not imported ({dropped.File}:{dropped.Line}: {dropped.Reason})"));
        if (owner is null)
            return MappedMetric.Unsupported(Issue(metric, measureNode is null ? metric.Line : checked((int)measureNode.Start.Line), DbtFeature.DependsOnUnsupported, $"measure '{measureName}' was not imported (see its report line) or does not exist"));
        var measure = owner.Measures.First(x => x.Name == measureName);
        var filters = new List<YamlNode>();
        foreach (var source in withMetricFilter ? new[] { input, metric } : [input])
        {
            if (source is null) continue;
            var (translated, error) = Filters(owner, source);
            if (error is not null) return MappedMetric.Unsupported(Issue(metric, source.LineOf("filter"), DbtFeature.FilterExpression, error));
            filters.AddRange(translated);
        }
        // MetricFlow leaves a sum or count of no rows NULL unless fill_nulls_with: 0; the catalog's default is 0.
        var simple = new SimpleParts(owner, measure, filters)
        {
            UnknownWhenEmpty = fill is null && measure.Agg is "sum" or "count" or "count_distinct" or "sum_boolean",
            EveryPeriod = everyPeriod,
        };
        return new MappedMetric([("type", Yaml.Plain(catalogType)), .. simple.Fields()], simple, null);
    }

    /// <summary>
    /// A running total: from the beginning, over a trailing window ("window: 7 days") or to a grain's date
    /// ("grain_to_date: month"), read at each period's end (period_agg last) or, with period_agg first or average, at its first day or as
    /// the average of its days. Sub-daily windows and grains have no catalog word.
    /// </summary>
    private MappedMetric Cumulative(DbtNode metric, DbtNode? parameters)
    {
        var nested = parameters?.Mapping("cumulative_type_params");
        (string Key, YamlNode Value)? extra = null;
        foreach (var source in new[] { parameters, nested })
        {
            if (source?.String("window") is { } windowText)
            {
                if (CalendarWindow.TryParse(windowText) is not { } window)
                    return MappedMetric.Unsupported(Issue(metric, source.LineOf("window"), DbtFeature.CumulativeWindow, $"a rolling window of '{windowText}' is not expressible; the catalog's windows are whole days, weeks, months, quarters or years"));
                extra = ("window", Yaml.Plain(window.ToString()));
            }
            if (source?.String("grain_to_date") is { } grainText)
            {
                if (!CatalogVocabulary.Grains.TryGetValue(grainText.ToLowerInvariant(), out var grain))
                    return MappedMetric.Unsupported(Issue(metric, source.LineOf("grain_to_date"), DbtFeature.CumulativeGrainToDate, $"grain_to_date '{grainText}' is not expressible; the catalog's grains are day, week, month, quarter and year"));
                if (extra is not null)
                    return MappedMetric.Unsupported(Issue(metric, source.LineOf("grain_to_date"), DbtFeature.UnknownShape, "both window and grain_to_date"));
                extra = ("grain_to_date", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.Grains, grain)));
            }
        }
        // period_agg: which day's running total a coarser period shows; last is the catalog's default, so it is not written.
        (string Key, YamlNode Value)? periodField = null;
        if (nested?.String("period_agg") is { } periodAgg && periodAgg.ToLowerInvariant() is var word && word != "last")
        {
            if (!CatalogVocabulary.PeriodValues.ContainsKey(word))
                return MappedMetric.Unsupported(Issue(metric, nested.LineOf("period_agg"), DbtFeature.CumulativeWindow, $"period_agg '{periodAgg}' is not one of first, last, average"));
            periodField = ("period_agg", Yaml.Plain(word));
        }
        var simple = Simple(metric, parameters, "cumulative");
        if (simple.Issue is not null) return simple;
        return simple with { Fields = [.. simple.Fields, .. new[] { extra, periodField }.OfType<(string Key, YamlNode Value)>()] };
    }

    private MappedMetric Ratio(DbtNode metric, DbtNode? parameters)
    {
        var fields = new List<(string, YamlNode)> { ("type", Yaml.Plain("ratio")) };
        foreach (var side in new[] { "numerator", "denominator" })
        {
            var (operand, issue) = Operand(metric, parameters, side, parameters?.Mapping(side) ?? null, parameters?.String(side));
            if (issue is not null) return MappedMetric.Unsupported(issue);
            fields.Add((side, operand!));
        }
        return new MappedMetric(fields, null, null);
    }

    private MappedMetric Derived(DbtNode metric, DbtNode? parameters)
    {
        // The catalog's division already guards against zero (x / NULLIF(y, 0)), so MetricFlow's own guard is the same expression.
        var expr = System.Text.RegularExpressions.Regex.Replace(parameters?.String("expr") ?? "", @"/\s*NULLIF\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*,\s*0\s*\)", "/ $1");
        var parsed = MeasureExpression.Parse(expr);
        if (!parsed.IsValid)
            return MappedMetric.Unsupported(Issue(metric, parameters?.LineOf("expr") ?? metric.Line, DbtFeature.SqlExpression, $"expr '{expr}' is SQL beyond + - * / ( ) ({parsed.Error})"));
        var inputs = new List<YamlNode>();
        foreach (var input in parameters?.Mappings("metrics") ?? [])
        {
            TimeGrain? toGrain = null;
            if (input.String("offset_to_grain") is { } grainText)
            {
                if (!CatalogVocabulary.Grains.TryGetValue(grainText.ToLowerInvariant(), out var grain))
                    return MappedMetric.Unsupported(Issue(metric, input.LineOf("offset_to_grain"), DbtFeature.DerivedOffset,
                        $"input '{input.String("name")}' is read at the start of its {grainText} (offset_to_grain); the catalog's grains are day, week, month, quarter and year"));
                if (input.Has("offset_window"))
                    return MappedMetric.Unsupported(Issue(metric, input.LineOf("offset_to_grain"), DbtFeature.UnknownShape, $"input '{input.String("name")}' has both offset_window and offset_to_grain"));
                toGrain = grain;
            }
            CalendarWindow? offset = null;
            if (input.String("offset_window") is { } offsetText && (offset = CalendarWindow.TryParse(offsetText)) is null)
                return MappedMetric.Unsupported(Issue(metric, input.LineOf("offset_window"), DbtFeature.DerivedOffset,
                    $"input '{input.String("name")}' is offset by '{offsetText}'; the catalog's offsets are whole days, weeks, months, quarters or years"));
            var name = input.String("alias") ?? input.String("name") ?? "";
            var (operand, issue) = Operand(metric, parameters, name, input, null);
            if (issue is not null) return MappedMetric.Unsupported(issue);
            var map = (YamlMappingNode)operand!;
            // Only an input naming a metric carries an offset in the catalog; a filtered input is inlined.
            if ((offset is not null || toGrain is not null) && !map.Children.ContainsKey(new YamlScalarNode("metric")))
                return MappedMetric.Unsupported(Issue(metric, input.LineOf("filter"), DbtFeature.DerivedOffset,
                    $"input '{input.String("name")}' is both offset and filtered; the catalog offsets an input that names a metric, without a filter of its own"));
            var item = Yaml.Map(("name", Yaml.Plain(name)));
            foreach (var child in map.Children) item.Add(child.Key, child.Value);
            if (offset is not null) item.Add("offset_window", Yaml.Plain(offset.ToString()));
            if (toGrain is { } startOf) item.Add("offset_to_grain", Yaml.Plain(CatalogVocabulary.Word(CatalogVocabulary.Grains, startOf)));
            inputs.Add(item);
        }
        var unknown = parsed.Columns.Select(c => c.ToString()).Except(parameters?.Mappings("metrics").Select(i => i.String("alias") ?? i.String("name") ?? "") ?? []).ToList();
        if (unknown.Count > 0)
            return MappedMetric.Unsupported(Issue(metric, parameters?.LineOf("expr") ?? metric.Line, DbtFeature.SqlExpression, $"expr names {string.Join(", ", unknown)}, which is not an input"));
        return new MappedMetric([("type", Yaml.Plain("derived")), ("inputs", Yaml.Seq(inputs)), ("expr", Yaml.Text(expr))], null, null);
    }

    /// <summary>A ratio side or derived input: "{ metric: id }", or the input metric inlined when the input adds a filter.</summary>
    private (YamlNode? Operand, DbtIssue? Issue) Operand(DbtNode metric, DbtNode? parameters, string role, DbtNode? input, string? plainName)
    {
        var name = input?.String("name") ?? plainName;
        if (name is null || !metrics.ContainsKey(name))
            return (null, Issue(metric, input?.Line ?? parameters?.Line ?? metric.Line, DbtFeature.UnknownShape, $"{role} names no known metric ('{name}')"));
        var mapped = Map(name);
        if (mapped.Issue is not null)
            return (null, Issue(metric, input?.Line ?? parameters?.LineOf(role) ?? metric.Line, DbtFeature.DependsOnUnsupported,
                $"{role} '{name}' is not imported ({DbtFeatureNames.Of(mapped.Issue.Feature)})"));
        if (input is null || !input.Has("filter")) return (Yaml.Map(("metric", Yaml.Plain(name))), null);
        if (mapped.Simple is null || mapped.Fields.Any(f => f.Key == "type" && ((YamlScalarNode)f.Value).Value != "simple"))
            return (null, Issue(metric, input.LineOf("filter"), DbtFeature.FilterExpression, $"a filter on {role} '{name}', which is not a simple metric"));
        var (extra, error) = Filters(mapped.Simple.Model, input);
        if (error is not null) return (null, Issue(metric, input.LineOf("filter"), DbtFeature.FilterExpression, error));
        var inline = mapped.Simple with { Filters = [.. mapped.Simple.Filters, .. extra] };
        return (Yaml.Map([.. inline.Fields().Select(f => (f.Key, (YamlNode?)f.Value))]), null);
    }

    /// <summary>The node's "filter" (one text or a list) as catalog column filters on its model, or why not.</summary>
    private static (IReadOnlyList<YamlNode> Filters, string? Error) Filters(ImportedModel model, DbtNode node)
    {
        var texts = node.Strings("filter");
        if (texts.Count == 0) return ([], null);
        var conditions = DbtFilterParser.Parse(texts);
        if (conditions is null) return ([], $"filter '{string.Join(" AND ", texts)}' is not a plain condition on dimensions");
        var result = new List<YamlNode>();
        foreach (var c in conditions)
        {
            if (!model.Bindings.TryGetValue(c.Dimension, out var binding))
                return ([], $"filter names '{c.Dimension}', which model '{model.Id}' does not reach");
            var op = CatalogVocabulary.Word(CatalogVocabulary.Operators, c.Operator);
            result.Add(Yaml.Map(("column", Yaml.Plain(binding.Path)), ("op", Yaml.Plain(op)),
                ("values", c.Values.Count == 0 ? null : Yaml.Texts(c.Values))));
        }
        return (result, null);
    }

    internal static DbtIssue Issue(DbtNode metric, int line, DbtFeature feature, string reason) =>
        new(metric.File, line, $"metric '{metric.String("name")}'", feature, reason);
}
