using System.Text.Json.Serialization;

namespace MetricAssistant.Bot.Protocol;

/// <summary>A user or bot on a channel (Activity spec: channel account).</summary>
public sealed record ChannelAccount(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("aadObjectId")] string? AadObjectId = null,
    [property: JsonPropertyName("role")] string? Role = null);
