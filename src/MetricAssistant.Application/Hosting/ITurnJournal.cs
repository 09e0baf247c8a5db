namespace MetricAssistant.Application.Hosting;

/// <summary>
/// Accepted chat turns (Teams messages and card actions) until they are answered, so a turn whose replica dies mid-way is
/// not lost: its owner keeps a lease on it while it runs, and once the lease lapses another replica claims it and answers.
/// The same activity accepted twice (the channel retrying) is run once.
/// </summary>
public interface ITurnJournal
{
    /// <summary>Records the turn as owned by this replica for <paramref name="lease"/>; false when it was accepted already (a retry).</summary>
    ValueTask<bool> AcceptAsync(string id, string payload, string publicBaseUrl, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>The turn was answered (or answered with an apology): nobody runs it again.</summary>
    ValueTask CompleteAsync(string id, CancellationToken cancellationToken);

    /// <summary>This replica will not run the turn after all (refused as busy): a retry may be accepted afresh.</summary>
    ValueTask ReleaseAsync(string id, CancellationToken cancellationToken);

    /// <summary>Extends this replica's lease on the turns it is running.</summary>
    ValueTask RenewAsync(IReadOnlyCollection<string> ids, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Claims one unanswered turn whose owner's lease lapsed; null when there is none.</summary>
    ValueTask<JournaledTurn?> ClaimAbandonedAsync(TimeSpan lease, CancellationToken cancellationToken);
}
