namespace MetricAssistant.Application.Execution;

/// <summary>One dimension a row rule can restrict: the codes the caller may see, or null for every row.</summary>
public sealed record ScopedDimension(string Dimension, IReadOnlyList<string>? Values)
{
    public bool Unrestricted => Values is null;
}
