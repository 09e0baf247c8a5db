using MetricAssistant.Infrastructure.Warehouse;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Demo;

/// <summary>Creates the embedded demo warehouse on first start, when the configured DuckDB file is missing.</summary>
public sealed class DemoWarehouseBootstrapper(IOptions<WarehouseOptions> options, WarehousePaths paths, ILogger<DemoWarehouseBootstrapper> logger)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Engine != "duckdb" || !o.GenerateDemoIfMissing || File.Exists(paths.DuckDb)) return;
        logger.LogInformation("Demo warehouse {Path} is missing: generating it (scale {Scale}, seed {Seed}); this happens once.", paths.DuckDb, o.DemoScale, o.DemoSeed);
        Directory.CreateDirectory(Path.GetDirectoryName(paths.DuckDb)!);
        var lastTable = "";
        var progress = new Progress<GenerationProgress>(p =>
        {
            if (p.Table == lastTable) return;
            lastTable = p.Table;
            logger.LogInformation("Generating {Table}…", p.Table);
        });
        var checksum = await new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(o.DemoScale, o.DemoSeed, paths.DuckDb), progress, cancellationToken);
        logger.LogInformation("Demo warehouse ready: {Checksum}", checksum.ToLine());
    }
}
