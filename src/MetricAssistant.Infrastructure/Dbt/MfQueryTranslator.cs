using System.Globalization;
using MetricAssistant.Catalog.Dbt;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Infrastructure.Dbt;

/// <summary>
/// Turns a MetricFlow case into the catalog's <see cref="SemanticQuery"/>: metrics as they are, metric_time (with its
/// grain) as the query grain, entity__dimension group-bys and where conditions as conformed dimensions, the time
/// constraint as the range (end inclusive in MetricFlow, exclusive here), order and limit as given. Anything the query
/// model has no word for comes back as an unsupported feature, named.
/// </summary>
public sealed class MfQueryTranslator(SemanticCatalog catalog, DbtImportResult import, string manifestModel = "SIMPLE_MODEL")
{
    /// <summary>The whole range when a case gives no time constraint.</summary>
    public static readonly DateRange Everything = new(new DateOnly(1900, 1, 1), new DateOnly(2200, 1, 1));

    /// <summary>
    /// The range of a case without a time constraint: MetricFlow's time spine when the tables hold one (a metric with
    /// join_to_timespine lists every day of it), else <see cref="Everything"/>.
    /// </summary>
    public DateRange Whole { get; init; } = Everything;

    private static readonly HashSet<string> FinerGrains = ["hour", "minute", "second", "millisecond", "microsecond", "nanosecond"];

    public MfTranslation Translate(MfCase c)
    {
        if (!string.Equals(c.Model, manifestModel, StringComparison.OrdinalIgnoreCase))
            return MfTranslation.Not(MfUnsupportedOrigin.Corpus, "other_manifest", $"the case runs on {c.Model}, and the corpus holds only the {manifestModel} manifest");
        if (c.SavedQuery is not null) return MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(DbtFeature.SavedQuery), $"saved query '{c.SavedQuery}'");
        if (c.MinMaxOnly) return MfTranslation.Not(MfUnsupportedOrigin.Query, "min_max_only", "the range of a dimension's values is not a metric query");
        foreach (var metric in c.Metrics)
        {
            if (import.UnsupportedMetrics.TryGetValue(metric, out var feature))
                return MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(feature), $"metric '{metric}' was not imported");
        }

        TimeGrain? grain = null;
        var groupBy = new List<string>();
        var timeGroups = new List<TimeGroup>();
        var entities = new List<string>();
        var ownTimes = c.Metrics.Count == 0 ? [] : OwnTimeDimensions(c.Metrics);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in c.GroupBys)
        {
            var parts = g.Name.Split("__");
            if (g.DatePart is not null)
            {
                if (TimeGroup.ParsePart(g.DatePart) is not { } part) return MfTranslation.Not(MfUnsupportedOrigin.Query, "date_part", $"group by a date part ({g.Name} {g.DatePart})");
                var timeName = g.Name == "metric_time" ? null : parts[^1];
                if (timeName is null && c.Metrics.Count == 0) return MfTranslation.Not(MfUnsupportedOrigin.Query, "dimension_only_metric_time", "metric_time without a metric lists the time spine's periods");
                if (timeName is not null && !IsTimeDimension(g.Name)) return new MfTranslation(null, names, null, $"'{g.Name}' names no time dimension of the imported catalog");
                var byPart = new TimeGroup(timeName, null, part);
                timeGroups.Add(byPart);
                names[byPart.Name] = $"{g.Name}__extract_{g.DatePart.ToLowerInvariant()}";
                continue;
            }
            var grainWord = g.Grain;
            var last = parts[^1].ToLowerInvariant();
            if (grainWord is null && parts.Length > 1 && (CatalogVocabulary.Grains.ContainsKey(last) || FinerGrains.Contains(last)))
            {
                grainWord = last;
                parts = parts[..^1];
            }
            var baseName = string.Join("__", parts);
            // A metric's own time dimension named through its entity (booking__ds__day) is metric time under that name.
            if (baseName != "metric_time" && c.Metrics.Count > 0 && parts.Length == 2 && IsTimeDimension(baseName) && ownTimes.Count == 1 && ownTimes.Contains(parts[^1]) && grain is null)
            {
                var ownWord = (grainWord ?? "day").ToLowerInvariant();
                if (!CatalogVocabulary.Grains.TryGetValue(ownWord, out var ownGrain))
                    return MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(DbtFeature.SubDailyGrain), $"{baseName} by {ownWord}");
                grain = ownGrain;
                names["period"] = $"{baseName}__{ownWord}";
                continue;
            }
            if (baseName == "metric_time")
            {
                if (grainWord is null && SubDaily(c.Metrics) is { } fine)
                    return MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(DbtFeature.SubDailyGrain), $"metric_time defaults to the grain of {fine}, finer than a day");
                var word = (grainWord ?? DefaultGrain(c.Metrics)).ToLowerInvariant();
                if (!CatalogVocabulary.Grains.TryGetValue(word, out var g2))
                    return MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(DbtFeature.SubDailyGrain), $"metric_time by {word}");
                if (c.Metrics.Count == 0) return MfTranslation.Not(MfUnsupportedOrigin.Query, "dimension_only_metric_time", "metric_time without a metric lists the time spine's periods");
                if (grain is not null)
                {
                    // A second grain of metric time is a time group beside the query's grain.
                    var second = new TimeGroup(null, g2, null);
                    timeGroups.Add(second);
                    names[second.Name] = $"metric_time__{word}";
                    continue;
                }
                grain = g2;
                names["period"] = $"metric_time__{word}";
                continue;
            }
            if (grainWord is null && catalog.FindDimension(baseName) is not null && !Reachable(c.Metrics, baseName) && Dropped(parts) is { } cut)
                return MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(cut.Feature), $"'{g.Name}' is out of reach of {string.Join(", ", c.Metrics)}: {cut.Reason}");
            if (grainWord is null && catalog.FindDimension(baseName) is not null)
            {
                groupBy.Add(baseName);
                names[baseName] = g.Name;
                continue;
            }
            if (IsTimeDimension(baseName))
            {
                var word = (grainWord ?? "day").ToLowerInvariant();
                if (!CatalogVocabulary.Grains.TryGetValue(word, out var timeGrain))
                    return MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(DbtFeature.SubDailyGrain), $"{baseName} by {word}");
                var byTime = new TimeGroup(parts[^1], timeGrain, null);
                timeGroups.Add(byTime);
                names[byTime.Name] = $"{baseName}__{word}";
                continue;
            }
            if (grainWord is null && EntityModel(parts[^1]) is { } entityModel)
            {
                entities.Add(entityModel);
                names[entityModel] = g.Name;
                continue;
            }
            if (IsEntity(baseName))
                return MfTranslation.Not(MfUnsupportedOrigin.Query, "group_by_entity", $"group by the entity '{g.Name}' (no model has it as its key)");
            var dropped = Dropped(parts);
            return dropped is not null
                ? MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(dropped.Feature), $"dimension '{g.Name}' was not imported")
                : new MfTranslation(null, names, null, $"'{g.Name}' names no dimension of the imported catalog");
        }

        // MetricFlow lists values of several entities' dimensions over a full outer join of their tables, and a time dimension
        // alone from its entity's table; the catalog lists them as they occur together in one model's rows.
        if (c.Metrics.Count == 0 && c.GroupBys.Select(g => g.Name.Split("__")[0]).Distinct(StringComparer.Ordinal).Count() > 1)
            return MfTranslation.Not(MfUnsupportedOrigin.Query, "dimension_only_across_entities", "values of several entities' dimensions side by side (MetricFlow joins their tables fully)");
        if (c.Metrics.Count == 0 && groupBy.Count == 0 && entities.Count == 0 && timeGroups.Any(t => catalog.Models.Values.Count(m => m.FindTimeDimension(t.TimeDimension ?? "") is not null) > 1))
            return MfTranslation.Not(MfUnsupportedOrigin.Query, "dimension_only_time_dimension", "a time dimension alone whose name several models have (MetricFlow reads its entity's table)");

        var range = Whole;
        if (c.TimeConstraint is { } constraint)
        {
            if (!TryDate(constraint.Start, out var start) || !TryDate(constraint.End, out var end))
                return MfTranslation.Not(MfUnsupportedOrigin.Query, "sub_daily_time_constraint", $"time constraint {constraint.Start} – {constraint.End} is not whole days");
            range = new DateRange(start, end.AddDays(1));
        }

        var filters = new List<QueryFilter>();
        if (c.WhereFilter is { } where)
        {
            string rendered;
            try
            {
                rendered = new MfTemplateRenderer(DuckDbDialect.Instance, "").Render(where);
            }
            catch (MfTemplateException e)
            {
                return MfTranslation.Not(MfUnsupportedOrigin.Query, "where_filter", e.Message);
            }
            if (MfMetricTimeFilter.Apply(rendered, range) is not { } bounded)
                return MfTranslation.Not(MfUnsupportedOrigin.Query, "where_filter", $"'{where.Trim()}' bounds metric_time other than by whole days");
            range = bounded.Range;
            var conditions = bounded.Remainder is null ? [] : DbtFilterParser.Parse([bounded.Remainder]);
            if (conditions is null) return MfTranslation.Not(MfUnsupportedOrigin.Query, "where_filter", $"'{where.Trim()}' is not a plain condition on dimensions");
            foreach (var condition in conditions)
            {
                if (catalog.FindDimension(condition.Dimension) is null && Dropped(condition.Dimension.Split("__")) is { } droppedPart)
                    return MfTranslation.Not(MfUnsupportedOrigin.Importer, DbtFeatureNames.Of(droppedPart.Feature), $"the filter names '{condition.Dimension}', which was not imported");
                if (catalog.FindDimension(condition.Dimension) is null)
                    return MfTranslation.Not(MfUnsupportedOrigin.Query, "where_filter", $"the filter names '{condition.Dimension}', which is not a dimension of the catalog");
                switch (condition.Operator)
                {
                    case FilterOperator.Equals or FilterOperator.In: filters.Add(new QueryFilter(condition.Dimension, QueryFilterOperator.In, condition.Values)); break;
                    case FilterOperator.NotEquals or FilterOperator.NotIn: filters.Add(new QueryFilter(condition.Dimension, QueryFilterOperator.NotIn, condition.Values)); break;
                    default: return MfTranslation.Not(MfUnsupportedOrigin.Query, "where_filter", $"'{where.Trim()}': a query filter keeps or drops values, it cannot test for NULL");
                }
            }
        }

        var order = new List<QueryOrder>();
        foreach (var text in c.OrderBys)
        {
            var desc = text.StartsWith('-');
            var field = desc ? text[1..] : text;
            var column = field.StartsWith("metric_time", StringComparison.Ordinal) ? "period"
                : names.FirstOrDefault(n => n.Value == field).Key ?? (c.Metrics.Contains(field) ? field : null);
            if (column is null) return MfTranslation.Not(MfUnsupportedOrigin.Query, "order_by", $"order by '{field}', which is not a column of the answer");
            order.Add(new QueryOrder(column, desc));
        }
        foreach (var metric in c.Metrics) names[metric] = metric;

        var query = new SemanticQuery(c.Metrics, groupBy, filters, range, grain, order.Count == 0 ? null : order, c.Limit,
            Entities: entities.Count == 0 ? null : entities, TimeGroups: timeGroups.Count == 0 ? null : timeGroups);
        return new MfTranslation(query, names, null);
    }

    /// <summary>The model an entity is the key of: the target of the joins named after it (the importer names a join by its entity).</summary>
    private string? EntityModel(string entity) =>
        catalog.Models.Values.OrderBy(m => m.Id, StringComparer.Ordinal).SelectMany(m => m.Joins).FirstOrDefault(j => j.Name == entity)?.Model;

    /// <summary>The time dimensions the metrics' simple parts aggregate by (their metric_time).</summary>
    private HashSet<string> OwnTimeDimensions(IReadOnlyList<string> metrics)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(metrics);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var next = pending.Pop();
            if (!seen.Add(next) || catalog.FindMetric(next) is not { } metric) continue;
            if (metric.Calculation.Simple is { } simple) found.Add(simple.TimeDimension);
            foreach (var input in metric.Calculation.Inputs)
            {
                if (input.Inline is { } inline) found.Add(inline.TimeDimension);
                else if (input.MetricId is { } id) pending.Push(id);
            }
        }
        return found;
    }

    private bool IsTimeDimension(string name)
    {
        var parts = name.Split("__");
        return parts.Length >= 2 && catalog.Models.Values.Any(m => m.FindTimeDimension(parts[^1]) is not null);
    }

    private bool Reachable(IReadOnlyList<string> metrics, string dimension) =>
        metrics.All(m => catalog.FindMetric(m) is { } metric && catalog.Reach.For(metric)?.Reaches(dimension) == true);

    private bool IsEntity(string name) => import.Entities.Contains(name.Split("__")[^1]);

    /// <summary>The importer's report of what made "entity__dimension" unreachable: the dimension itself, or a join on the way.</summary>
    private DbtIssue? Dropped(string[] parts) =>
        import.Issues.FirstOrDefault(i => i.Dropped && i.Definition.StartsWith($"dimension '{parts[^1]}'", StringComparison.Ordinal))
        ?? import.Issues.FirstOrDefault(i => i.Dropped && i.Feature == DbtFeature.PartitionJoin && parts[..^1].Any(p => i.Definition.StartsWith($"join '{p}'", StringComparison.Ordinal)));

    /// <summary>MetricFlow's default grain for metric_time: the coarsest of the metrics' own time_granularity, else a day.</summary>
    private string DefaultGrain(IReadOnlyList<string> metrics) =>
        metrics.Select(m => import.DefaultGrains.GetValueOrDefault(m)).OfType<string>()
            .Where(CatalogVocabulary.Grains.ContainsKey).OrderByDescending(g => CatalogVocabulary.Grains[g]).FirstOrDefault() ?? "day";

    /// <summary>A metric whose time dimension the importer read by day though its data is finer, so MetricFlow's default grain differs.</summary>
    private string? SubDaily(IReadOnlyList<string> metrics)
    {
        foreach (var id in metrics)
        {
            if (catalog.FindMetric(id) is not { } metric) continue;
            var simple = metric.Calculation.Simple is { } s ? new[] { s } : metric.Calculation.Inputs.Select(i => i.Inline ?? catalog.FindMetric(i.MetricId ?? "")?.Calculation.Simple).OfType<SimpleCalculation>().ToArray();
            foreach (var part in simple)
                if (import.Issues.Any(i => i.Feature == DbtFeature.SubDailyGrain && i.Definition == $"dimension '{part.TimeDimension}' of semantic model '{part.Model}'"))
                    return id;
        }
        return null;
    }

    private static bool TryDate(string text, out DateOnly date)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 10 && trimmed[10..].Trim() is "00:00:00" or "T00:00:00" or "00:00") trimmed = trimmed[..10];
        return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
