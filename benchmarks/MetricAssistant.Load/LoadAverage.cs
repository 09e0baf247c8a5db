namespace MetricAssistant.Load;

/// <summary>The machine's one-minute load average (Linux /proc/loadavg), as printed: the other work sharing the cores.</summary>
public static class LoadAverage
{
    public static string Now => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
