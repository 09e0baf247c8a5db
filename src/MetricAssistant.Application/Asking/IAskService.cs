using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Application.Asking;

/// <summary>Answers a natural-language question in the contract's shape; the one pipeline behind every door.</summary>
public interface IAskService
{
    Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken);
}
