using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.Governance.Requests;

/// <summary>Where metric requests are kept (section <c>Requests</c>), validated on start.</summary>
public sealed class RequestOptions
{
    public const string Section = "Requests";

    /// <summary>"sqlite" (the embedded default), "postgres" (a deployment) or "memory" (tests, evaluation runs: gone at exit).</summary>
    [Required, RegularExpression("^(sqlite|postgres|memory)$", ErrorMessage = "Requests:Store must be sqlite, postgres or memory.")]
    public string Store { get; set; } = "sqlite";

    /// <summary>The SQLite file; a relative path is taken from the repository root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/requests.db";

    /// <summary>For "postgres" (Npgsql format), else <c>ConnectionStrings:Shared</c>; the tables are created when missing.</summary>
    public string? PostgresConnectionString { get; set; }
}
