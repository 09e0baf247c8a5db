using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.Governance.Proposals;

/// <summary>Where proposals, their revisions, reviews and comments are kept (section <c>Governance</c>), validated on start.</summary>
public sealed class GovernanceOptions
{
    public const string Section = "Governance";

    /// <summary>"sqlite" (the embedded default), "postgres" (a deployment) or "memory" (tests; lost on restart).</summary>
    [Required, RegularExpression("^(sqlite|postgres|memory)$", ErrorMessage = "Governance:ProposalStore must be sqlite, postgres or memory.")]
    public string ProposalStore { get; set; } = "sqlite";

    /// <summary>The SQLite file; a relative path is taken from the repository root.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SqlitePath { get; set; } = "data/governance.db";

    /// <summary>For "postgres" (Npgsql format), falling back to <c>ConnectionStrings:Shared</c>; the tables are created when missing.</summary>
    public string? PostgresConnectionString { get; set; }
}
