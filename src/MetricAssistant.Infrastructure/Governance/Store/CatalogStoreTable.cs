using MetricAssistant.Application.Governance;

namespace MetricAssistant.Infrastructure.Governance.Store;

/// <summary>
/// What the SQLite and PostgreSQL catalog stores share: <c>catalog_revisions</c>, append-only (never updated or
/// deleted), one row per kept revision; and <c>catalog_imports</c>, per document what was last imported from the
/// catalog folder (bookkeeping for the import on start, not catalog content).
/// </summary>
internal static class CatalogStoreTable
{
    public const string Revisions = "catalog_revisions";
    public const string Imports = "catalog_imports";

    private const string Columns = "revision AS Revision, path AS Path, yaml AS Yaml, author AS Author, at AS At, reason AS Reason, proposal_id AS ProposalId";

    public const string Head = $"SELECT COALESCE(MAX(revision), 0) FROM {Revisions}";

    public const string Current =
        $"SELECT {Columns} FROM {Revisions} r WHERE r.revision = (SELECT MAX(x.revision) FROM {Revisions} x WHERE x.path = r.path)";

    public const string History = $"SELECT {Columns} FROM {Revisions} WHERE path = @Path ORDER BY revision";

    public const string Latest = $"SELECT {Columns} FROM {Revisions} WHERE path = @Path ORDER BY revision DESC LIMIT 1";

    public const string Insert =
        $"INSERT INTO {Revisions} (path, yaml, author, at, reason, proposal_id) VALUES (@Path, @Yaml, @Author, @At, @Reason, @ProposalId) RETURNING revision";

    public const string SelectImports = $"SELECT path AS Path, sha256 AS Sha256, revision AS Revision FROM {Imports}";

    public const string UpsertImport =
        $"INSERT INTO {Imports} (path, sha256, revision) VALUES (@Path, @Sha256, @Revision) ON CONFLICT (path) DO UPDATE SET sha256 = excluded.sha256, revision = excluded.revision";

    public const string PathIndex = $"CREATE INDEX IF NOT EXISTS ix_catalog_revisions_path ON {Revisions} (path, revision)";
}

/// <summary>A revision row as Dapper reads it; the time comes as text from SQLite and as a UTC DateTime from PostgreSQL.</summary>
internal sealed class RevisionRow
{
    public long Revision { get; set; }
    public string Path { get; set; } = "";
    public string Yaml { get; set; } = "";
    public string Author { get; set; } = "";
    public object At { get; set; } = "";
    public string Reason { get; set; } = "";
    public string? ProposalId { get; set; }

    public StoredRevision ToRevision() => new(Revision, Path, Yaml, Author, SqlTime.Read(At), Reason, ProposalId);
}

/// <summary>An import mark as Dapper reads it.</summary>
internal sealed class ImportRow
{
    public string Path { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public long Revision { get; set; }
}
