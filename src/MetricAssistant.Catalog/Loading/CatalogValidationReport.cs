using System.Text;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Loading;

/// <summary>
/// The readable outcome of validating a catalog, as printed by "catalog validate": one line per problem
/// ("catalog/metrics/aov.yaml:14: unknown measure …") and a count, or a one-line summary when all is well.
/// </summary>
public sealed record CatalogValidationReport(string Text, int ProblemCount)
{
    public bool IsValid => ProblemCount == 0;

    public static CatalogValidationReport From(CatalogLoadResult result)
    {
        if (result.Problems.Count == 0 && result.Catalog is { } catalog)
            return new CatalogValidationReport(Summary(catalog), 0);

        var text = new StringBuilder();
        foreach (var problem in result.Problems) text.AppendLine($"{problem}  [{problem.Code}]");
        var files = result.Problems.Select(p => p.File).Distinct(StringComparer.Ordinal).Count();
        text.Append($"{Plural(result.Problems.Count, "problem")} in {Plural(files, "file")}; the catalog was not loaded.");
        return new CatalogValidationReport(text.ToString(), result.Problems.Count);
    }

    private static string Summary(SemanticCatalog catalog)
    {
        var published = catalog.Metrics.Values.Count(m => m.IsPublished);
        var deprecated = catalog.Metrics.Values.Count(m => m.Status == MetricStatus.Deprecated);
        return $"catalog OK: {Plural(catalog.Models.Count, "model")}, {Plural(catalog.Dimensions.Count, "dimension")}, " +
               $"{Plural(catalog.Metrics.Count, "metric")} ({published} published, {deprecated} deprecated); content hash {catalog.ContentHash[..12]}";
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
