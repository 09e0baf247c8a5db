using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Infrastructure.CatalogFiles;

/// <summary>The service cannot start on a catalog with problems; the message lists each with file and line.</summary>
public sealed class CatalogLoadException(IReadOnlyList<CatalogProblem> problems)
    : Exception($"The catalog has {problems.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => "  " + p))}")
{
    public IReadOnlyList<CatalogProblem> Problems { get; } = problems;
}
