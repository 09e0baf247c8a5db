using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Contracts;

/// <summary>
/// The governed definition an answer used: <c>{ "id": "gmv", "name": "支付GMV", "version": 3, "owner": "财务部", "official": true }</c>
/// (cited as <c>gmv@3</c>). <see cref="Version"/> is the version actually computed; when a question or query pinned an
/// earlier one, <see cref="CurrentVersion"/> (additive, absent otherwise) says which version is current.
/// </summary>
public sealed record MetricRefDto(string Id, string Name, int Version, string Owner, bool Official, string Status)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? CurrentVersion { get; init; }
}
