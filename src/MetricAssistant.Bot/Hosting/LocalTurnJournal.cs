using MetricAssistant.Application.Hosting;

namespace MetricAssistant.Bot.Hosting;

/// <summary>
/// The journal of one instance without a shared store: there is no other replica to hand a turn to, so nothing is kept
/// and a turn accepted by a process that dies is lost with it, as before.
/// </summary>
public sealed class LocalTurnJournal : ITurnJournal
{
    public ValueTask<bool> AcceptAsync(string id, string payload, string publicBaseUrl, TimeSpan lease, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public ValueTask CompleteAsync(string id, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ReleaseAsync(string id, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask RenewAsync(IReadOnlyCollection<string> ids, TimeSpan lease, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<JournaledTurn?> ClaimAbandonedAsync(TimeSpan lease, CancellationToken cancellationToken) => ValueTask.FromResult<JournaledTurn?>(null);
}
