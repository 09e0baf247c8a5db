using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using static MetricAssistant.Catalog.Validation.CatalogVocabulary;

namespace MetricAssistant.Catalog.Loading;

/// <summary>Builds a <see cref="SemanticModel"/> from a "model:" document.</summary>
internal sealed class ModelReader(SourceMap sources)
{
    private static readonly string[] Fields =
        ["model", "table", "primary_key", "description", "lineage", "columns", "joins", "dimensions", "time_dimensions", "measures", "freshness"];

    public SemanticModel Read(YamlNodeReader document)
    {
        var id = document.String("model", required: true) ?? "";
        var r = document.WithContext($"model '{id}'");
        r.Known(Fields);
        // A composite key is written as a list and kept comma-joined ("order_id,line_no").
        var primaryKey = string.Join(",", r.Strings("primary_key", required: true));
        var columns = Columns(r);
        var model = new SemanticModel(id, Table(r, id), primaryKey,
            r.Localized("description", required: true), columns, Joins(r), Bindings(r), TimeDimensions(r),
            Measures(r), Lineage(r), r.LocationOf("model"))
        {
            Freshness = FreshnessReader.Read(r, columns),
        };
        foreach (var field in new[] { "primary_key", "description", "table" }) sources.Set(model, field, r.LocationOf(field));
        return model;
    }

    /// <summary>"orders", "dwd.orders" or "analytics.dwd.orders"; a malformed name is a problem, and the model keeps its id as its table.</summary>
    private static TableName Table(YamlNodeReader r, string id)
    {
        var fallback = TableName.Of(id.Length > 0 ? id : "model");
        if (r.String("table", required: true) is not { } text) return fallback;
        if (TableName.TryParse(text, out var table, out var error)) return table!;
        r.Problems.Add(r.LocationOf("table"), CatalogProblemCodes.InvalidTableName, $"table '{text}' of {r.Context} is not a table name: {error}");
        return fallback;
    }

    private List<ColumnDefinition> Columns(YamlNodeReader r) => r.Sequence("columns", "column", required: true).Select(item =>
    {
        var c = Named(item, "column", r);
        c.Known("name", "type", "nullable", "values");
        var column = new ColumnDefinition(c.String("name", required: true) ?? "",
            c.Enum("type", ColumnTypes, ColumnType.String, required: true, out var knownType), c.Bool("nullable", false))
        {
            Values = c.Strings("values"),
        };
        sources.Set(column, "name", c.Location);
        if (!knownType) sources.MarkInvalid(column);
        return column;
    }).ToList();

    private static List<JoinDefinition> Joins(YamlNodeReader r) => r.Sequence("joins", "join").Select(item =>
    {
        var j = Named(item, "join", r);
        j.Known("name", "model", "from", "to");
        return new JoinDefinition(j.String("name", required: true) ?? "", j.String("model", required: true) ?? "",
            j.String("from", required: true) ?? "", j.String("to", required: true) ?? "", j.Location);
    }).ToList();

    /// <summary>"region: stores.region_code" or "online_offline: { column: channels.is_online, map: { "true": online } }".</summary>
    private static List<DimensionBinding> Bindings(YamlNodeReader r)
    {
        var bindings = new List<DimensionBinding>();
        foreach (var (dimension, value, at) in r.Entries("dimensions"))
        {
            if (value is YamlDotNet.RepresentationModel.YamlScalarNode scalar)
            {
                bindings.Add(new DimensionBinding(dimension, ColumnPath.Parse(scalar.Value ?? ""), null, at));
                continue;
            }
            if (value is not YamlDotNet.RepresentationModel.YamlMappingNode map)
            {
                r.Problems.Add(at, CatalogProblemCodes.InvalidField,
                    $"dimension '{dimension}' of {r.Context} must be a column path or {{ column, map }}");
                continue;
            }
            var b = r.ForItem(map, $"dimension '{dimension}' of {r.Context}");
            b.Known("column", "map");
            var valueMap = b.Entries("map").ToDictionary(e => e.Key, e => (e.Value as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value ?? "",
                StringComparer.Ordinal);
            bindings.Add(new DimensionBinding(dimension, ColumnPath.Parse(b.String("column", required: true) ?? ""),
                valueMap.Count == 0 ? null : valueMap, at));
        }
        return bindings;
    }

    private static List<TimeDimension> TimeDimensions(YamlNodeReader r) => r.Sequence("time_dimensions", "time dimension").Select(item =>
    {
        var t = Named(item, "time dimension", r);
        t.Known("name", "column", "min_grain");
        return new TimeDimension(t.String("name", required: true) ?? "", ColumnPath.Parse(t.String("column", required: true) ?? ""),
            t.Enum("min_grain", Grains, TimeGrain.Day), t.Location);
    }).ToList();

    private List<MeasureDefinition> Measures(YamlNodeReader r) => r.Sequence("measures", "measure").Select(item =>
    {
        var m = Named(item, "measure", r);
        m.Known("name", "agg", "expr", "type", "semi_additive", "non_additive_dimension", "percentile", "use_discrete_percentile");
        var measure = new MeasureDefinition(m.String("name", required: true) ?? "",
            m.Enum("agg", Aggregations, Aggregation.Sum, required: true), m.String("expr", required: true) ?? "",
            m.Enum("type", ColumnTypes, ColumnType.Decimal, required: true),
            NonAdditive(m),
            m.Location)
        {
            Percentile = Percentile(m),
        };
        sources.Set(measure, "expr", m.LocationOf("expr"));
        sources.Set(measure, "percentile", m.LocationOf(m.Has("percentile") ? "percentile" : "agg"));
        sources.Set(measure, "semi_additive", m.LocationOf(m.Has("non_additive_dimension") ? "non_additive_dimension" : "semi_additive"));
        return measure;
    }).ToList();

    /// <summary>"percentile: 0.99" and "use_discrete_percentile: true" (MetricFlow's agg_params); the measure rule checks them against agg.</summary>
    private static PercentileOptions? Percentile(YamlNodeReader m)
    {
        var text = m.String("percentile");
        if (text is null)
        {
            if (m.Has("use_discrete_percentile"))
                m.Problems.Add(m.LocationOf("use_discrete_percentile"), CatalogProblemCodes.InvalidField, $"{m.Context} has 'use_discrete_percentile' without 'percentile'");
            return null;
        }
        if (!decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var fraction) || fraction <= 0 || fraction >= 1)
        {
            m.Problems.Add(m.LocationOf("percentile"), CatalogProblemCodes.InvalidField, $"percentile of {m.Context} must be a number between 0 and 1 (0.99 for p99), not '{text}'");
            return null;
        }
        return new PercentileOptions(fraction, m.Bool("use_discrete_percentile", false));
    }

    /// <summary>
    /// "semi_additive: { time_dimension: month, period_agg: avg }" (averaged over the period's snapshots), or MetricFlow's
    /// "non_additive_dimension: { name: month, window_choice: max }" (the period's last snapshot; min: its first).
    /// </summary>
    private static SemiAdditive? NonAdditive(YamlNodeReader m)
    {
        var semi = m.Mapping("semi_additive");
        var dbt = m.Mapping("non_additive_dimension");
        if (semi is not null && dbt is not null)
            m.Problems.Add(m.LocationOf("non_additive_dimension"), CatalogProblemCodes.InvalidField,
                $"{m.Context} has both 'semi_additive' and 'non_additive_dimension'; a measure takes one of them");
        if (semi is not null)
        {
            semi.Known("time_dimension", "period_agg");
            return new SemiAdditive(semi.String("time_dimension", required: true) ?? "", semi.Enum("period_agg", Aggregations, Aggregation.Avg, required: true));
        }
        if (dbt is null) return null;
        dbt.Known("name", "window_choice");
        return new SemiAdditive(dbt.String("name", required: true) ?? "", Aggregation.Max)
        {
            Choice = dbt.Enum("window_choice", WindowChoices, WindowChoice.Max, required: true),
        };
    }

    private static ModelLineage? Lineage(YamlNodeReader r)
    {
        var l = r.Mapping("lineage");
        if (l is null) return null;
        l.Known("source_system", "upstream_tables", "job", "schedule");
        return new ModelLineage(l.String("source_system", required: true) ?? "", l.Strings("upstream_tables"),
            l.String("job", required: true) ?? "", l.String("schedule"));
    }

    /// <summary>Names an item in messages once its name is known ("measure 'gmv' of model 'orders'").</summary>
    private static YamlNodeReader Named(YamlNodeReader item, string kind, YamlNodeReader owner) =>
        item.Peek("name") is { } name ? item.WithContext($"{kind} '{name}' of {owner.Context}") : item;
}
