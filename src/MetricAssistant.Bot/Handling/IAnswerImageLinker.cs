using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Bot.Handling;

/// <summary>A chart of the answer where a Teams client can fetch it, or null when no chart fits.</summary>
public interface IAnswerImageLinker
{
    ValueTask<string?> LinkAsync(Answer answer, string language, string publicBaseUrl, CancellationToken cancellationToken);
}
