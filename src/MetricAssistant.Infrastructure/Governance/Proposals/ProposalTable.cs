using System.Globalization;
using MetricAssistant.Application.Governance.Proposals;

namespace MetricAssistant.Infrastructure.Governance.Proposals;

/// <summary>
/// The schema both SQL stores share: <c>governance_proposals</c> (one row per proposal: its status and publication
/// are the only columns that change), and append-only <c>governance_proposal_revisions</c>, <c>…_reviews</c> and
/// <c>…_comments</c>. Times are fixed-width UTC ISO text in both databases, so text order is time order.
/// </summary>
internal static class ProposalTable
{
    public const string Proposals = "governance_proposals";
    public const string Revisions = "governance_proposal_revisions";
    public const string Reviews = "governance_proposal_reviews";
    public const string Comments = "governance_proposal_comments";

    public const string InsertProposal = $"""
        INSERT INTO {Proposals} (id, kind, metric_id, path, base_version, base_revision, status, author, created_at)
        VALUES (@Id, @Kind, @MetricId, @Path, @BaseVersion, @BaseRevision, @Status, @Author, @CreatedAt)
        """;

    public const string InsertRevision = $"""
        INSERT INTO {Revisions} (proposal_id, number, definition_json, yaml, bumps_version, author, at, reason)
        VALUES (@ProposalId, @Number, @DefinitionJson, @Yaml, @BumpsVersion, @Author, @At, @Reason)
        """;

    public const string InsertReview =
        $"INSERT INTO {Reviews} (proposal_id, revision, decision, comment, reviewer, at) VALUES (@ProposalId, @Revision, @Decision, @Comment, @Reviewer, @At) RETURNING id";

    public const string InsertComment = $"INSERT INTO {Comments} (proposal_id, author, text, at) VALUES (@ProposalId, @Author, @Text, @At) RETURNING id";

    public const string SetStatus = $"UPDATE {Proposals} SET status = @Status WHERE id = @Id";

    public const string MarkPublished = $"""
        UPDATE {Proposals} SET status = 'published', published_version = @Version, published_revision = @Revision, published_by = @By, published_at = @At
        WHERE id = @Id AND published_revision IS NULL
        """;

    public const string SelectProposals =
        $"SELECT id AS Id, kind AS Kind, metric_id AS MetricId, path AS Path, base_version AS BaseVersion, base_revision AS BaseRevision, status AS Status, author AS Author, " +
        $"created_at AS CreatedAt, published_version AS PublishedVersion, published_revision AS PublishedRevision, published_by AS PublishedBy, published_at AS PublishedAt FROM {Proposals}";

    public const string SelectRevisions =
        $"SELECT number AS Number, definition_json AS DefinitionJson, yaml AS Yaml, bumps_version AS BumpsVersion, author AS Author, at AS At, reason AS Reason FROM {Revisions} WHERE proposal_id = @Id ORDER BY number";

    public const string SelectReviews =
        $"SELECT id AS Id, revision AS Revision, decision AS Decision, comment AS Comment, reviewer AS Reviewer, at AS At FROM {Reviews} WHERE proposal_id = @Id ORDER BY id";

    public const string SelectComments = $"SELECT id AS Id, author AS Author, text AS Text, at AS At FROM {Comments} WHERE proposal_id = @Id ORDER BY id";

    public static readonly string[] Indexes =
    [
        $"CREATE INDEX IF NOT EXISTS ix_governance_proposals_status ON {Proposals} (status, seq)",
        $"CREATE INDEX IF NOT EXISTS ix_governance_proposals_metric ON {Proposals} (metric_id, seq)",
        $"CREATE INDEX IF NOT EXISTS ix_governance_proposal_reviews_proposal ON {Reviews} (proposal_id, id)",
        $"CREATE INDEX IF NOT EXISTS ix_governance_proposal_comments_proposal ON {Comments} (proposal_id, id)",
    ];

    /// <summary>The tables, given the database's auto-numbered key type.</summary>
    public static string Schema(string identity) => $"""
        CREATE TABLE IF NOT EXISTS {Proposals} (
            seq {identity},
            id text NOT NULL UNIQUE,
            kind text NOT NULL,
            metric_id text NOT NULL,
            path text NOT NULL,
            base_version integer,
            base_revision bigint,
            status text NOT NULL,
            author text NOT NULL,
            created_at text NOT NULL,
            published_version integer,
            published_revision bigint,
            published_by text,
            published_at text);
        CREATE TABLE IF NOT EXISTS {Revisions} (
            proposal_id text NOT NULL REFERENCES {Proposals} (id),
            number integer NOT NULL,
            definition_json text NOT NULL,
            yaml text NOT NULL,
            bumps_version integer NOT NULL,
            author text NOT NULL,
            at text NOT NULL,
            reason text NOT NULL,
            PRIMARY KEY (proposal_id, number));
        CREATE TABLE IF NOT EXISTS {Reviews} (
            id {identity},
            proposal_id text NOT NULL REFERENCES {Proposals} (id),
            revision integer NOT NULL,
            decision text NOT NULL,
            comment text NOT NULL,
            reviewer text NOT NULL,
            at text NOT NULL);
        CREATE TABLE IF NOT EXISTS {Comments} (
            id {identity},
            proposal_id text NOT NULL REFERENCES {Proposals} (id),
            author text NOT NULL,
            text text NOT NULL,
            at text NOT NULL);
        """;

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static T Parse<T>(IReadOnlyDictionary<string, T> words, string word) =>
        words.TryGetValue(word, out var value) ? value : throw new InvalidOperationException($"unknown stored value '{word}'");
}
