using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.CatalogFiles;

public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>The folder of governed YAML definitions; relative paths are taken from the repository root.</summary>
    [Required]
    public string Directory { get; set; } = "catalog";
}
