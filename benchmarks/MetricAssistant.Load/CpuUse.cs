namespace MetricAssistant.Load;

/// <summary>CPU time used by some replicas and by this tool between <see cref="Start"/> and <see cref="Stop"/>.</summary>
public sealed class CpuUse
{
    private readonly IReadOnlyList<Replica> replicas;
    private readonly double? replicaStart;
    private readonly TimeSpan toolStart;

    private CpuUse(IReadOnlyList<Replica> replicas)
    {
        this.replicas = replicas;
        replicaStart = Sum(replicas);
        toolStart = ToolTime();
    }

    public static CpuUse Start(IReadOnlyList<Replica> replicas) => new(replicas);

    /// <summary><paramref name="figures"/> with the CPU per request of what was used since the start.</summary>
    public CellFigures Stop(CellFigures figures)
    {
        var replicaEnd = Sum(replicas);
        return figures.WithCpu(replicaEnd - replicaStart, (ToolTime() - toolStart).TotalSeconds);
    }

    private static double? Sum(IReadOnlyList<Replica> replicas)
    {
        double total = 0;
        foreach (var replica in replicas)
        {
            if (replica.CpuSeconds() is not { } seconds) return null;
            total += seconds;
        }
        return total;
    }

    private static TimeSpan ToolTime()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
