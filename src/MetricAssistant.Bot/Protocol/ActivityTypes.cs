namespace MetricAssistant.Bot.Protocol;

/// <summary>The activity types the bot handles; others are acknowledged and ignored (the spec allows it).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
}
