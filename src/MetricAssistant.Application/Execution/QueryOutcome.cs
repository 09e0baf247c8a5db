namespace MetricAssistant.Application.Execution;

/// <summary>How a warehouse call ended. <see cref="Unavailable"/>: the warehouse could not be reached (down, restarting, refusing connections); nothing ran.</summary>
public enum QueryOutcome { Completed, RowLimitExceeded, TimedOut, Unavailable }
