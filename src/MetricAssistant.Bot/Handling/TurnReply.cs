using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Handling;

/// <summary>What a turn sends back: one card (and, for logs and tests, the answer's status and metric when it asked).</summary>
public sealed record TurnReply(JsonObject Card, string Kind, string? AnswerStatus = null, string? MetricId = null);
