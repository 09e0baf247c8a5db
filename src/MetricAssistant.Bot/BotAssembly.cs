namespace MetricAssistant.Bot;

/// <summary>Marks the assembly; the bot's types live in the sub-namespaces.</summary>
public static class BotAssembly;
