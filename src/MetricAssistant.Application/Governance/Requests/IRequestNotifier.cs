namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// Tells a requester their request was answered, by a door's own channel (Teams: a message in the conversation
/// the request came from). Every registered notifier is called after the change and its notification are stored;
/// a notifier decides whether the request is its own (e.g. has a <see cref="MetricRequest.Teams"/> reference).
/// </summary>
public interface IRequestNotifier
{
    /// <summary>Sends the notice; failures are logged by the notifier, never thrown for a delivery problem.</summary>
    Task NotifyAsync(MetricRequest request, RequestEvent change, CancellationToken cancellationToken);
}
