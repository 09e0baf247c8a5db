using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.Audit;

/// <summary>Where the audit trail is kept (section <c>Audit</c>), validated on start.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>"sqlite" (the embedded default), "postgres" (a deployment) or "none" (nothing is recorded).</summary>
    [Required, RegularExpression("^(sqlite|postgres|none)$", ErrorMessage = "Audit:Store must be sqlite, postgres or none.")]
    public string Store { get; set; } = "sqlite";

    /// <summary>The SQLite file; a relative path is taken from the repository root. Its folder is created when missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/audit.db";

    /// <summary>For "postgres" (Npgsql format), else <c>ConnectionStrings:Shared</c>; the table <c>audit_log</c> is created when missing.</summary>
    public string? PostgresConnectionString { get; set; }
}
