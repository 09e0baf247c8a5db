using System.Text.Json.Serialization;

namespace MetricAssistant.Bot.Protocol;

/// <summary>The conversation an activity belongs to (Activity spec: conversation account).</summary>
public sealed record ConversationAccount(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("isGroup")] bool? IsGroup = null,
    [property: JsonPropertyName("conversationType")] string? ConversationType = null,
    [property: JsonPropertyName("tenantId")] string? TenantId = null);
