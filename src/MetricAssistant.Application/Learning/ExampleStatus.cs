using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Learning;

/// <summary>Where a learned example stands: only <see cref="Accepted"/> ones change how questions are read.</summary>
public enum ExampleStatus
{
    [JsonStringEnumMemberName("pending")]
    Pending,
    [JsonStringEnumMemberName("accepted")]
    Accepted,
    [JsonStringEnumMemberName("rejected")]
    Rejected,
}
