namespace MetricAssistant.Application.Execution;

public enum QueryOutcome { Completed, RowLimitExceeded, TimedOut }
