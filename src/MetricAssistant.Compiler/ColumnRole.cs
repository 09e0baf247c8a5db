namespace MetricAssistant.Compiler;

/// <summary>What an answer column holds, so that no reader has to guess it from the column's name.</summary>
public enum ColumnRole
{
    /// <summary>A dimension's code (a group-by key).</summary>
    Dimension,

    /// <summary>The first day of a trend's period.</summary>
    Time,

    /// <summary>A metric's value for the asked period.</summary>
    Value,

    /// <summary>The metric's value for the period it is compared with.</summary>
    Previous,

    /// <summary>Value minus previous.</summary>
    Change,

    /// <summary>The change as a share of the previous value (0.118 = +11.8%); null when the previous is zero.</summary>
    ChangePct,
}
