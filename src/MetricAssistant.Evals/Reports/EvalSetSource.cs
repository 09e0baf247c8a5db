namespace MetricAssistant.Evals.Reports;

/// <summary>A set to run: its name in the report ("golden", "holdout"), its folder, and whether it is held out.</summary>
public sealed record EvalSetSource(string Name, string Directory, bool HeldOut);
