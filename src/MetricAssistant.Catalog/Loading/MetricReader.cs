using System.Globalization;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using static MetricAssistant.Catalog.Validation.CatalogVocabulary;

namespace MetricAssistant.Catalog.Loading;

/// <summary>Builds a <see cref="MetricDefinition"/> from a "metric:" document.</summary>
internal sealed class MetricReader(SourceMap sources)
{
    private static readonly string[] Fields =
    [
        "metric", "name", "synonyms", "description", "typical_questions", "domain", "owner", "status", "version",
        "official", "family", "replaced_by", "unit", "format", "better", "tags", "default_window", "type", "lineage",
        "model", "measure", "time_dimension", "filters", "numerator", "denominator", "inputs", "expr", "changelog", "concepts", "freshness", "sunset",
        "window", "grain_to_date", "no_rows", "every_period", "period_agg",
        "base", "conversion", "entity", "calculation", "constant_properties",
        "definitions_public",
    ];

    public MetricDefinition Read(YamlNodeReader document)
    {
        var id = document.String("metric", required: true) ?? "";
        var r = document.WithContext($"metric '{id}'");
        r.Known(Fields);
        var type = r.Enum("type", MetricTypes, MetricType.Simple, required: true, out var knownType);
        // Without a known type the calculation cannot be read without echoing the type problem.
        var calculation = knownType && r.Has("type")
            ? new CalculationReader(sources).Read(r, type)
            : new MetricCalculation(type, null, [], null);
        var metric = new MetricDefinition(
            id,
            r.Localized("name", required: true),
            r.Strings("synonyms"),
            r.Localized("description", required: true),
            r.Strings("typical_questions"),
            r.String("domain", required: true) ?? "",
            r.Localized("owner", required: true),
            r.Enum("status", Statuses, MetricStatus.Draft, required: true),
            r.Int("version", required: true) ?? 0,
            r.Bool("official", false),
            r.String("family"),
            r.String("replaced_by"),
            r.String("unit", required: true) ?? "",
            r.Enum("format", Formats, "decimal", required: true),
            r.Strings("tags"),
            calculation,
            r.Enum("default_window", DefaultWindows, "last_month", required: true),
            Lineage(r),
            r.LocationOf("metric"))
        {
            Changelog = Changelog(r),
            // Optional: most metrics are better higher; the few that are not (refunds, cancellations) say so.
            Better = r.Enum("better", BetterDirections, BetterDirection.Higher),
            Concepts = r.Strings("concepts"),
            Freshness = FreshnessReader.Read(r, null),
            Sunset = Sunset(r),
            DefinitionsPublic = r.Bool("definitions_public", false),
        };
        foreach (var field in new[] { "name", "synonyms", "description", "owner", "status", "replaced_by", "family", "version", "changelog" })
            sources.Set(metric, field, r.LocationOf(field));
        if (metric.Sunset is not null && metric.Status is not (MetricStatus.Deprecated or MetricStatus.Retired))
            r.Problems.Add(r.LocationOf("sunset"), CatalogProblemCodes.InvalidField, $"sunset of {r.Context} is only for a deprecated or retired metric", "set 'status: deprecated' or remove sunset");
        if (r.Has("version") && metric.Version < 1)
            r.Problems.Add(r.LocationOf("version"), CatalogProblemCodes.InvalidField, $"version of {r.Context} must be 1 or more");
        return metric;
    }

    /// <summary>"changelog: [ { version: 2, date: 2024-03-01, author: 财务部 张三, summary: { zh: …, en: … } } ]".</summary>
    private IReadOnlyList<MetricChange> Changelog(YamlNodeReader r)
    {
        var changes = new List<MetricChange>();
        foreach (var entry in r.Sequence("changelog", "a changelog entry"))
        {
            entry.Known("version", "date", "author", "summary");
            var dateText = entry.String("date", required: true);
            var date = default(DateOnly);
            if (dateText is not null && !DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
                entry.Problems.Add(entry.LocationOf("date"), CatalogProblemCodes.InvalidField, $"date of {entry.Context} must be a date such as 2025-03-01, not '{dateText}'");
            var change = new MetricChange(entry.Int("version", required: true) ?? 0, date, entry.String("author", required: true) ?? "",
                entry.Localized("summary", required: true));
            sources.Set(change, "version", entry.LocationOf("version"));
            sources.Set(change, "date", entry.LocationOf("date"));
            changes.Add(change);
        }
        return changes;
    }

    /// <summary>"sunset: 2026-06-30": the date a deprecated metric is retired.</summary>
    private static DateOnly? Sunset(YamlNodeReader r)
    {
        var text = r.String("sunset");
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        r.Problems.Add(r.LocationOf("sunset"), CatalogProblemCodes.InvalidField, $"sunset of {r.Context} must be a date such as 2026-06-30, not '{text}'");
        return null;
    }

    private static MetricLineage? Lineage(YamlNodeReader r)
    {
        var l = r.Mapping("lineage");
        if (l is null) return null;
        l.Known("source_system", "upstream_tables", "job");
        return new MetricLineage(l.String("source_system", required: true) ?? "", l.Strings("upstream_tables"),
            l.String("job", required: true) ?? "");
    }
}
