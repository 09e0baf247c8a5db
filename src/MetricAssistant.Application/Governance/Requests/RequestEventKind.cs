using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Governance.Requests;

/// <summary>What happened to a request: made, its status changed, or a comment added.</summary>
public enum RequestEventKind
{
    [JsonStringEnumMemberName("created")]
    Created,
    [JsonStringEnumMemberName("status")]
    Status,
    [JsonStringEnumMemberName("comment")]
    Comment,
}
