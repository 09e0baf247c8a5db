using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Bot.Handling;

/// <summary>Cards without charts, for hosts that render none.</summary>
public sealed class NoAnswerImages : IAnswerImageLinker
{
    public string? Link(Answer answer, string language, string publicBaseUrl) => null;
}
