using System.Diagnostics;

namespace MetricAssistant.Understanding.Timing;

/// <summary>
/// Time per <see cref="UnderstandingStage"/> of one question, for benchmarks: from <see cref="Start"/> on, the time
/// until each <see cref="Enter"/> goes to the stage being timed, and so on until <see cref="Stop"/>. Given a reader of
/// the thread's CPU time, the CPU time is attributed the same way: on a shared machine the wall time of a stage may be
/// another process's, its CPU time is its own. One clock per call; not shared between threads.
/// </summary>
public sealed class StageClock(Func<double>? cpuMilliseconds = null)
{
    private readonly long[] ticks = new long[Enum.GetValues<UnderstandingStage>().Length];
    private readonly double[] cpu = new double[Enum.GetValues<UnderstandingStage>().Length];
    private UnderstandingStage current;
    private long since;
    private double cpuSince;
    private bool running;

    /// <summary>Clears the stages and starts timing <paramref name="first"/>.</summary>
    public void Start(UnderstandingStage first)
    {
        Array.Clear(ticks);
        Array.Clear(cpu);
        current = first;
        cpuSince = cpuMilliseconds?.Invoke() ?? 0;
        since = Stopwatch.GetTimestamp();
        running = true;
    }

    /// <summary>Gives the time since the last change to the stage being timed, and times <paramref name="stage"/> from now.</summary>
    public void Enter(UnderstandingStage stage)
    {
        if (!running) return;
        var now = Stopwatch.GetTimestamp();
        ticks[(int)current] += now - since;
        if (cpuMilliseconds is not null)
        {
            var cpuNow = cpuMilliseconds();
            cpu[(int)current] += cpuNow - cpuSince;
            cpuSince = cpuNow;
        }
        current = stage;
        since = now;
    }

    /// <summary>Gives the time since the last change to the stage being timed, and stops.</summary>
    public void Stop()
    {
        Enter(current);
        running = false;
    }

    /// <summary>The milliseconds given to <paramref name="stage"/> since <see cref="Start"/>.</summary>
    public double Milliseconds(UnderstandingStage stage) => ticks[(int)stage] * 1000.0 / Stopwatch.Frequency;

    /// <summary>The thread's CPU milliseconds spent in <paramref name="stage"/> since <see cref="Start"/>; 0 without a CPU reader.</summary>
    public double CpuMilliseconds(UnderstandingStage stage) => cpu[(int)stage];
}
