namespace MetricAssistant.Understanding;

public enum UnderstandingOutcome { Query, Clarify, NotFound }
