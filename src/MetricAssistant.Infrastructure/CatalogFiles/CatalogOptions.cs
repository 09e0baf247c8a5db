using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.CatalogFiles;

public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>The folder of governed YAML definitions; relative paths are taken from the repository root.</summary>
    [Required]
    public string Directory { get; set; } = "catalog";

    /// <summary>
    /// Which is the source of truth: "store" (default: the catalog store, seeded from <see cref="Directory"/> when empty,
    /// changed folder documents imported on start) or "files" (the folder; the store only mirrors it so versions stay).
    /// </summary>
    [Required, RegularExpression("^(store|files)$", ErrorMessage = "Catalog:Source must be store or files.")]
    public string Source { get; set; } = "store";

    /// <summary>Where revisions are kept: "sqlite" (default, <see cref="StorePath"/>), "postgres" or "memory" (tests and evaluation runs; lost on exit).</summary>
    [Required, RegularExpression("^(sqlite|postgres|memory)$", ErrorMessage = "Catalog:Store must be sqlite, postgres or memory.")]
    public string Store { get; set; } = "sqlite";

    /// <summary>The SQLite file of the store; a relative path is taken from the repository root.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Catalog:StorePath must name the SQLite file of the catalog store.")]
    public string StorePath { get; set; } = "data/catalog.db";

    /// <summary>For "postgres" (Npgsql format); when empty, <c>ConnectionStrings:Shared</c> is used. Tables are created when missing.</summary>
    public string? StoreConnectionString { get; set; }

    /// <summary>
    /// Where the start-up snapshot of the parsed catalog is kept (<c>catalog.masnap</c>); a relative path is taken from the
    /// repository root. Unset: beside the vector index (<c>Retrieval:IndexDirectory</c>, else <c>data/index</c>); empty: none.
    /// </summary>
    public string? SnapshotDirectory { get; set; }
}
