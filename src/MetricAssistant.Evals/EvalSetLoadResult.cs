namespace MetricAssistant.Evals;

/// <summary>The cases read from a set's folder, and what is wrong with those that could not be read.</summary>
public sealed record EvalSetLoadResult(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems)
{
    public void Deconstruct(out IReadOnlyList<EvalCase> cases, out IReadOnlyList<string> problems)
    {
        cases = Cases;
        problems = Problems;
    }
}
