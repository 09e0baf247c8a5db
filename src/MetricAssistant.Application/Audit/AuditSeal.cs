namespace MetricAssistant.Application.Audit;

/// <summary>
/// Where a stored entry sits: its <see cref="Id"/> and, in the hash chain, its position <see cref="Seq"/> (1, 2, …), the
/// hash of the entry before it (<see cref="PreviousHash"/>; <see cref="AuditChain.Genesis"/> for the first) and its
/// own <see cref="Hash"/>. Entries written before the chain existed have only an id (the other fields null).
/// </summary>
public sealed record AuditSeal(long Id, long? Seq, string? PreviousHash, string? Hash);
