using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Learning;

/// <summary>How an example was learned: a clarification choice (portal click, Teams button) or a 👍 on an answer.</summary>
public enum ExampleOrigin
{
    [JsonStringEnumMemberName("clarification")]
    Clarification,
    [JsonStringEnumMemberName("feedback")]
    Feedback,
}
