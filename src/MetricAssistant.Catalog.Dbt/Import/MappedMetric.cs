using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.Import;

/// <summary>
/// A dbt metric's calculation in catalog words (<see cref="Fields"/>: type, model, measure, … as the catalog YAML
/// writes them), or the reason it has none (<see cref="Issue"/>). <see cref="Simple"/> is set for a measure over one
/// model, which ratio and derived metrics can inline when they add a filter.
/// </summary>
internal sealed record MappedMetric(IReadOnlyList<(string Key, YamlNode Value)> Fields, SimpleParts? Simple, DbtIssue? Issue)
{
    public static MappedMetric Unsupported(DbtIssue issue) => new([], null, issue);
}

/// <summary>model, measure, time_dimension, filters and no_rows of a simple calculation.</summary>
internal sealed record SimpleParts(ImportedModel Model, ImportedMeasure Measure, IReadOnlyList<YamlNode> Filters)
{
    /// <summary>A sum or count without fill_nulls_with: no rows show no value (no_rows: unknown).</summary>
    public bool UnknownWhenEmpty { get; init; }

    /// <summary>join_to_timespine: a row for every period of the query's range (every_period: true).</summary>
    public bool EveryPeriod { get; init; }

    public IEnumerable<(string Key, YamlNode Value)> Fields()
    {
        yield return ("model", Yaml.Plain(Model.Id));
        yield return ("measure", Yaml.Plain(Measure.Name));
        yield return ("time_dimension", Yaml.Plain(Measure.TimeDimension));
        if (Filters.Count > 0) yield return ("filters", Yaml.Seq(Filters));
        if (UnknownWhenEmpty) yield return ("no_rows", Yaml.Plain("unknown"));
        if (EveryPeriod) yield return ("every_period", Yaml.Plain(true));
    }
}
