using System.Text.Json.Serialization;

namespace MetricAssistant.Application.Execution;

/// <summary>
/// How an answer's rows were obtained: <see cref="Hit"/> from the result cache (or a concurrent identical execution it
/// joined), <see cref="Miss"/> run on the warehouse and stored, <see cref="Bypass"/> run on the warehouse without the
/// cache (no cache configured, or the data's watermark is unknown so freshness could not be proved). Written in
/// lower case whichever JSON settings a door uses.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CacheStatus>))]
public enum CacheStatus
{
    [JsonStringEnumMemberName("hit")] Hit,
    [JsonStringEnumMemberName("miss")] Miss,
    [JsonStringEnumMemberName("bypass")] Bypass,
}
