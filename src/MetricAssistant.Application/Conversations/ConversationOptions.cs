using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Application.Conversations;

/// <summary>How much conversation context is kept, and for how long (section <c>Conversations</c>).</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>Conversations kept at once; the least recently used go first.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>A conversation with no answered question for this long starts afresh.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Answered questions kept per conversation (only the latest is read by follow-ups).</summary>
    [Range(1, 1000)]
    public int MaxTurns { get; set; } = 10;
}
