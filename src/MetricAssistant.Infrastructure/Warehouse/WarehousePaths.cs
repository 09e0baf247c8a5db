using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Warehouse;

/// <summary>Resolves configured file paths against the repository root, so every door finds the same files.</summary>
public sealed class WarehousePaths(IOptions<WarehouseOptions> options, RepositoryRoot root)
{
    public string DuckDb => root.Resolve(options.Value.DuckDbPath);
}
