using MetricAssistant.QueryModel;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// A time group-by resolved: <see cref="MetricTime"/> when it reads each component's own time (its metric_time, shifted
/// as an offset input's is), else the named time dimension, which every model the query reads has.
/// </summary>
public sealed record PlannedTimeGroup(TimeGroup Group, bool MetricTime)
{
    public string Name => Group.Name;
}
