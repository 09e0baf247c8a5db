using MetricAssistant.Application.Governance.Proposals;

namespace MetricAssistant.Infrastructure.Governance.Proposals;

/// <summary>A proposal row as Dapper reads it.</summary>
internal sealed class ProposalRow
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string MetricId { get; set; } = "";
    public string Path { get; set; } = "";
    public long? BaseVersion { get; set; }
    public long? BaseRevision { get; set; }
    public string Status { get; set; } = "";
    public string Author { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    public long? PublishedVersion { get; set; }
    public long? PublishedRevision { get; set; }
    public string? PublishedBy { get; set; }
    public string? PublishedAt { get; set; }

    public Proposal ToProposal(IReadOnlyList<ProposalRevision> revisions, IReadOnlyList<ProposalReview> reviews, IReadOnlyList<ProposalComment> comments) => new(
        Id, ProposalTable.Parse(ProposalWords.Kinds, Kind), MetricId, Path, (int?)BaseVersion, BaseRevision, ProposalTable.Parse(ProposalWords.Statuses, Status), Author,
        ProposalTable.Time(CreatedAt), revisions, reviews, comments,
        PublishedRevision is { } revision ? new ProposalPublication((int)(PublishedVersion ?? 0), revision, PublishedBy ?? "", ProposalTable.Time(PublishedAt ?? CreatedAt)) : null);
}

/// <summary>A revision row as Dapper reads it.</summary>
internal sealed class RevisionRow
{
    public long Number { get; set; }
    public string DefinitionJson { get; set; } = "null";
    public string Yaml { get; set; } = "";
    public long BumpsVersion { get; set; }
    public string Author { get; set; } = "";
    public string At { get; set; } = "";
    public string Reason { get; set; } = "";

    public ProposalRevision ToRevision() => new((int)Number, DefinitionJson, Yaml, BumpsVersion != 0, Author, ProposalTable.Time(At), Reason);
}

/// <summary>A review row as Dapper reads it.</summary>
internal sealed class ReviewRow
{
    public long Id { get; set; }
    public long Revision { get; set; }
    public string Decision { get; set; } = "";
    public string Comment { get; set; } = "";
    public string Reviewer { get; set; } = "";
    public string At { get; set; } = "";

    public ProposalReview ToReview() => new(Id, (int)Revision, ProposalTable.Parse(ProposalWords.Decisions, Decision), Comment, Reviewer, ProposalTable.Time(At));
}

/// <summary>A comment row as Dapper reads it.</summary>
internal sealed class CommentRow
{
    public long Id { get; set; }
    public string Author { get; set; } = "";
    public string Text { get; set; } = "";
    public string At { get; set; } = "";

    public ProposalComment ToComment() => new(Id, Author, Text, ProposalTable.Time(At));
}
