using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Governance.Requests;

/// <summary>Where a metric request stands: open until an owner accepts, declines or marks it done (done links the published metric).</summary>
public enum RequestStatus
{
    [JsonStringEnumMemberName("open")]
    Open,
    [JsonStringEnumMemberName("accepted")]
    Accepted,
    [JsonStringEnumMemberName("declined")]
    Declined,
    [JsonStringEnumMemberName("done")]
    Done,
}
