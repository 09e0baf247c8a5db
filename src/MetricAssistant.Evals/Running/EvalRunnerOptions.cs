namespace MetricAssistant.Evals.Running;

/// <summary>How many cases run at once, and how long one <c>AskAsync</c> may take before the case counts as a timeout.</summary>
public sealed record EvalRunnerOptions(int Parallelism, TimeSpan CaseTimeout)
{
    public static EvalRunnerOptions Default { get; } = new(Environment.ProcessorCount * 2, TimeSpan.FromSeconds(60));
}
