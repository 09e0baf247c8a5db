using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.Learning;

/// <summary>Where learned examples are kept (section <c>Examples</c>), validated on start.</summary>
public sealed class ExampleOptions
{
    public const string Section = "Examples";

    /// <summary>"sqlite" (the embedded default), "postgres" (a deployment) or "none" (nothing is learned; evaluation runs use it).</summary>
    [Required, RegularExpression("^(sqlite|postgres|none)$", ErrorMessage = "Examples:Store must be sqlite, postgres or none.")]
    public string Store { get; set; } = "sqlite";

    /// <summary>The SQLite file; a relative path is taken from the repository root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/examples.db";

    /// <summary>Required for "postgres" (Npgsql format); the tables are created when missing.</summary>
    public string? PostgresConnectionString { get; set; }
}
