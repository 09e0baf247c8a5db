using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Catalog;

/// <summary>Read-only views of the catalog for the API and the CLI.</summary>
public static class CatalogViews
{
    public static IReadOnlyList<MetricSummaryDto> List(SemanticCatalog catalog, string? status = null) =>
        catalog.Metrics.Values
            .Where(m => status is null || MetricStatusName.Of(m.Status) == status)
            .OrderBy(m => m.Domain, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(Summary)
            .ToArray();

    public static MetricSummaryDto Summary(MetricDefinition m) =>
        new(m.Id, m.Name, m.Owner, MetricStatusName.Of(m.Status), m.Version, m.Official, m.Family, m.ReplacedBy, m.Domain, m.Unit, m.Tags);

    public static MetricDetailDto Detail(SemanticCatalog catalog, MetricDefinition m)
    {
        var reach = catalog.Reach.For(m);
        var models = reach.Models;
        var dimensions = reach.Dimensions;
        return new MetricDetailDto(
            Summary(m), m.Description, m.Synonyms, m.TypicalQuestions, Calculation(m), dimensions,
            m.DefaultWindow, m.Format, m.Lineage,
            models.Select(x => new ModelLineageDto(x.Id, x.Table.ToString(), x.Columns.Select(c => c.Name).ToArray(), x.Lineage)).ToArray(),
            m.Changelog.Select(c => new ChangelogEntryDto(c.Version, c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Author, c.Summary)).ToArray(),
            dimensions.Select(catalog.FindDimension).OfType<DimensionDefinition>().Select(Dimension).ToArray())
        {
            Sunset = m.Sunset?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    public static DimensionDto Dimension(DimensionDefinition d) =>
        new(d.Id, d.Name, d.Values.Select(v => new DimensionValueDto(v.Code, v.Name)).ToArray());

    private static CalculationDto Calculation(MetricDefinition m)
    {
        var c = m.Calculation;
        string Simple(SimpleCalculation s) =>
            $"{s.Measure} of {s.Model} by {s.TimeDimension}{(s.Filters.Count == 0 ? "" : " where " + string.Join(" and ", s.Filters.Select(f => $"{f.Column} {f.Operator} {string.Join(",", f.Values)}")))}";
        string Input(MetricInput i) => i.MetricId ?? (i.Inline is null ? i.Name : Simple(i.Inline));
        return c.Type switch
        {
            MetricType.Simple => new CalculationDto("simple", Simple(c.Simple!), []),
            MetricType.Cumulative => new CalculationDto("cumulative", "running total up to each period's end of " + Simple(c.Simple!), []),
            MetricType.Ratio => new CalculationDto("ratio", $"({Input(c.Inputs.First(i => i.Name == "numerator"))}) / ({Input(c.Inputs.First(i => i.Name == "denominator"))}), each aggregated over the same period and groups",
                c.Inputs.Select(i => i.MetricId).OfType<string>().ToArray()),
            _ => new CalculationDto("derived", c.Expression ?? "", c.Inputs.Select(i => i.MetricId).OfType<string>().ToArray()),
        };
    }
}
