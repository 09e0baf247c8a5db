using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Security;

namespace MetricAssistant.Application.Asking;

/// <summary>Answers a natural-language question in the contract's shape; the one pipeline behind every door.</summary>
public interface IAskService
{
    /// <summary>Asks as the request's demo <c>user</c> (demo identities) — the CLI, the evals and the demo portal.</summary>
    Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken) => AskAsync(request, null, cancellationToken);

    /// <param name="caller">The authenticated caller; null to take the request's demo <c>user</c>.</param>
    Task<Answer> AskAsync(AskRequest request, Caller? caller, CancellationToken cancellationToken);
}
