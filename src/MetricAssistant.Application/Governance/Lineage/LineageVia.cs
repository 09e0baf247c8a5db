namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>How a metric uses a table or column (the impact view's <c>via</c> when the use is direct), strongest first.</summary>
public static class LineageVia
{
    public const string Model = "model";
    public const string Measure = "measure";
    public const string Filter = "filter";
    public const string TimeDimension = "time_dimension";
    public const string Dimension = "dimension";

    /// <summary>A metric whose own <c>lineage:</c> block lists the upstream table, though no model it reads is fed by it.</summary>
    public const string Lineage = "lineage";

    private static readonly string[] Strength = [Model, Measure, Filter, TimeDimension, Dimension, Lineage];

    /// <summary>The strongest of several uses: what changing the table or column would change most.</summary>
    public static string Strongest(IEnumerable<string> vias) => vias.OrderBy(v => Array.IndexOf(Strength, v)).First();
}
