namespace MetricAssistant.Bot.Handling;

public enum BotCommandKind { Empty, Help, ListMetrics, Define, Question }
