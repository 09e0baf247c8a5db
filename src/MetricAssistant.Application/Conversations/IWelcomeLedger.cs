namespace MetricAssistant.Application.Conversations;

/// <summary>
/// Which conversations were greeted lately. Teams sends both installationUpdate and conversationUpdate when the app is
/// added, possibly to two replicas at once: one welcome per conversation per quiet period.
/// </summary>
public interface IWelcomeLedger
{
    /// <summary>How long after a welcome another is not sent to the same conversation.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMinutes(10);

    /// <summary>True once per conversation and quiet period, atomically across every caller sharing the ledger.</summary>
    ValueTask<bool> ShouldWelcomeAsync(string conversationId, CancellationToken cancellationToken);
}
