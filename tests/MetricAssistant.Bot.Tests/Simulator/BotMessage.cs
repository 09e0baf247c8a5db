using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>A message the simulator received from the bot, as its conversation stream reports it.</summary>
public sealed record BotMessage(string ConversationId, string MessageId, string? Text, IReadOnlyList<JsonObject> Cards, DateTime ReceivedAt)
{
    public JsonObject Card => Cards.Count > 0 ? Cards[0] : throw new InvalidOperationException($"message {MessageId} has no card: {Text}");

    /// <summary>Every TextBlock text of the card, nested containers, tables and show-cards included.</summary>
    public IReadOnlyList<string> Texts => CardWalker.Texts(Card);

    public string AllText => string.Join("\n", Texts);
}
