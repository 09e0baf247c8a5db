using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.Warehouse;

public sealed class WarehouseOptions
{
    public const string Section = "Warehouse";

    /// <summary>"duckdb" (the embedded default) or "postgres".</summary>
    [Required, RegularExpression("^(duckdb|postgres)$")]
    public string Engine { get; set; } = "duckdb";

    /// <summary>The DuckDB file; relative paths are taken from the repository root.</summary>
    public string DuckDbPath { get; set; } = "data/demo.duckdb";

    public string? PostgresConnectionString { get; set; }

    [Range(1, 3600)]
    public int QueryTimeoutSeconds { get; set; } = 30;

    /// <summary>An answer with more rows than this is refused, never silently cut.</summary>
    [Range(1, 1_000_000)]
    public int RowLimit { get; set; } = 10_000;

    /// <summary>Generate the demo warehouse on start when the DuckDB file is missing.</summary>
    public bool GenerateDemoIfMissing { get; set; } = true;

    [Range(0.001, 100)]
    public double DemoScale { get; set; } = 1;

    public int DemoSeed { get; set; } = 42;

    /// <summary>
    /// PostgreSQL only: run each query as <see cref="RowRulesRole"/> with the caller's scope in per-transaction settings
    /// (<c>ma.region</c>, <c>ma.online_offline</c>, …) that the row-level security policies installed by
    /// <c>demo install-row-rules</c> check, so a wrong compiled query still cannot return rows outside the scope.
    /// </summary>
    public bool EnforceRowRulesInDatabase { get; set; }

    /// <summary>The non-owner, non-superuser role queries switch to (<c>SET LOCAL ROLE</c>) under database row rules.</summary>
    [Required, RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string RowRulesRole { get; set; } = "ma_reader";
}
