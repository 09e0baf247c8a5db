namespace MetricAssistant.Application.Audit;

/// <summary>
/// Walks stored entries in insertion (id) order and checks the chain; the stores give the entries and answer where a
/// position of the chain is now (to tell a deleted entry from a reordered one). Stops at the first bad entry.
/// </summary>
public static class AuditChainVerifier
{
    /// <param name="idOfSeq">The id of the entry that claims chain position seq, or null when none does.</param>
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> entries, Func<long, CancellationToken, Task<long?>> idOfSeq, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(idOfSeq);
        long count = 0, unchained = 0;
        AuditSeal? last = null;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            var seal = entry.Seal ?? throw new InvalidOperationException("A stored audit entry has no id.");
            if (seal.Hash is null || seal.Seq is null || seal.PreviousHash is null)
            {
                // Entries older than the chain come first; one without a hash after the chain started was slipped in.
                if (last is null) { unchained++; continue; }
                return Broken(count, unchained, last, new AuditChainBreak(seal.Id, seal.Seq, AuditBreakKind.Inserted,
                    $"Entry {seal.Id} has no hash but follows chained entries: it was inserted, or its hash was removed."));
            }
            var seq = seal.Seq.Value;
            if (AuditChain.Hash(entry, seq, seal.PreviousHash) != seal.Hash)
                return Broken(count, unchained, last, new AuditChainBreak(seal.Id, seq, AuditBreakKind.Altered,
                    $"Entry {seal.Id} (chain position {seq}) does not match its hash: its fields were edited."));
            var expected = (last?.Seq ?? 0) + 1;
            var previous = last?.Hash ?? AuditChain.Genesis;
            if (seq == expected && seal.PreviousHash == previous)
            {
                last = seal;
                continue;
            }
            return Broken(count, unchained, last, await ClassifyAsync(seal, seq, expected, idOfSeq, cancellationToken).ConfigureAwait(false));
        }
        return new AuditVerification(true, count, unchained, null, last?.Seq, last?.Hash);
    }

    private static async Task<AuditChainBreak> ClassifyAsync(AuditSeal seal, long seq, long expected, Func<long, CancellationToken, Task<long?>> idOfSeq, CancellationToken cancellationToken)
    {
        if (seq > expected)
        {
            var moved = await idOfSeq(expected, cancellationToken).ConfigureAwait(false);
            return moved is { } later && later > seal.Id
                ? new AuditChainBreak(seal.Id, seq, AuditBreakKind.Reordered, $"Entry {seal.Id} holds chain position {seq}, but position {expected} comes after it (entry {later}): entries were reordered.")
                : new AuditChainBreak(seal.Id, seq, AuditBreakKind.Deleted, $"Entry {seal.Id} holds chain position {seq}, but position {expected} is missing: {(seq - expected == 1 ? "an entry was" : $"{seq - expected} entries were")} deleted before it.");
        }
        if (seq < expected)
            return new AuditChainBreak(seal.Id, seq, AuditBreakKind.Inserted, $"Entry {seal.Id} claims chain position {seq}, which is already taken before it: it was inserted or copied.");
        return new AuditChainBreak(seal.Id, seq, AuditBreakKind.Inserted, $"Entry {seal.Id} (chain position {seq}) does not follow the entry before it: it was inserted or replaced.");
    }

    private static AuditVerification Broken(long count, long unchained, AuditSeal? last, AuditChainBreak at) =>
        new(false, count, unchained, at, last?.Seq, last?.Hash);
}
