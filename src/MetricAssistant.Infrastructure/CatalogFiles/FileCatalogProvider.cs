using MetricAssistant.Application.Execution;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.CatalogFiles;

/// <summary>The catalog read from its YAML folder once, on first use; a catalog with problems stops the service.</summary>
public sealed class FileCatalogProvider(IOptions<CatalogOptions> options, RepositoryRoot root) : ICatalogProvider
{
    private readonly Lazy<SemanticCatalog> catalog = new(() =>
    {
        var result = new CatalogLoader().Load(root.Resolve(options.Value.Directory));
        return result.Catalog ?? throw new CatalogLoadException(result.Problems);
    });

    public SemanticCatalog Current => catalog.Value;
}
