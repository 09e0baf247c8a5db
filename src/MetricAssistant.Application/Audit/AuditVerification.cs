namespace MetricAssistant.Application.Audit;

/// <summary>
/// The outcome of walking the audit chain: <see cref="Valid"/> when every chained entry matches its hash and follows
/// the one before it; otherwise <see cref="FirstBreak"/> names the first bad entry. <see cref="Unchained"/> counts
/// entries written before the chain existed (read, not vouched for). <see cref="HeadSeq"/> and <see cref="HeadHash"/>
/// are the last good link: kept outside the database, they let a later check tell that nothing was cut off the end.
/// </summary>
public sealed record AuditVerification(bool Valid, long Checked, long Unchained, AuditChainBreak? FirstBreak, long? HeadSeq, string? HeadHash);
