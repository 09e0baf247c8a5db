using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Timing;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// Wall time of each question with its time per understanding stage (<see cref="StageClock"/>), the process's CPU
/// time over the run and the load average: on a shared machine a wall-clock tail may be another process's, which
/// the stages (where the time went) and the CPU time (whether this process spent it) tell apart.
/// </summary>
internal sealed class StageSamples
{
    private static readonly UnderstandingStage[] Stages = Enum.GetValues<UnderstandingStage>();
    private readonly List<(string Question, double Total, double Cpu, double[] Stages, double[] StageCpu)> samples = [];
    private TimeSpan cpu;

    public int Count => samples.Count;

    /// <summary>One wall-clock run per question, timed by stage.</summary>
    public static async Task<StageSamples> RunAsync(QuestionUnderstanding reader, IEnumerable<(string Question, DateTime Now)> questions)
    {
        var result = new StageSamples();
        var clock = new StageClock(ThreadCpuMilliseconds);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        foreach (var (question, now) in questions)
        {
            var cpuStart = ThreadCpuMilliseconds();
            var start = Stopwatch.GetTimestamp();
            await reader.UnderstandAsync(question, now, null, clock, CancellationToken.None);
            var total = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            var cpuUsed = ThreadCpuMilliseconds() - cpuStart;
            result.samples.Add((question, total, cpuUsed, Stages.Select(clock.Milliseconds).ToArray(), Stages.Select(clock.CpuMilliseconds).ToArray()));
        }
        process.Refresh();
        result.cpu = process.TotalProcessorTime - cpuBefore;
        return result;
    }

    public IReadOnlyList<double> Totals => samples.Select(s => s.Total).ToList();

    /// <summary>Percentiles of the whole and of each stage; the stages' share of the slowest 5%; the slowest questions.</summary>
    public void Print(string label, string name, int slowest = 5)
    {
        var totals = samples.Select(s => s.Total).ToList();
        Console.WriteLine($"[{label}] {name,-26} p50 {Percentile(totals, 0.5),8:0.000} ms   p95 {Percentile(totals, 0.95),8:0.000} ms   p99 {Percentile(totals, 0.99),8:0.000} ms   " +
                          $"({samples.Count} questions, one run each; CPU {cpu.TotalMilliseconds / Math.Max(1, samples.Count):0.000} ms/question on average, " +
                          $"wall {totals.Sum() / Math.Max(1, samples.Count):0.000} ms; load average {LoadAverage()})");
        var cpus = samples.Select(s => s.Cpu).Where(c => c >= 0).ToList();
        if (cpus.Count == samples.Count)
            Console.WriteLine($"[{label}]   {"thread CPU time",-24} p50 {Percentile(cpus, 0.5),8:0.000} ms   p95 {Percentile(cpus, 0.95),8:0.000} ms   p99 {Percentile(cpus, 0.99),8:0.000} ms   max {cpus.Max(),8:0.000} ms   (the same questions, time on the CPU only: preemption left out)");
        foreach (var stage in Stages)
        {
            var values = samples.Select(s => s.Stages[(int)stage]).ToList();
            Console.WriteLine($"[{label}]   {Name(stage),-24} p50 {Percentile(values, 0.5),8:0.000} ms   p95 {Percentile(values, 0.95),8:0.000} ms   p99 {Percentile(values, 0.99),8:0.000} ms   max {values.Max(),8:0.000} ms");
        }
        if (cpus.Count == samples.Count)
            foreach (var stage in Stages)
            {
                var values = samples.Select(s => s.StageCpu[(int)stage]).ToList();
                Console.WriteLine($"[{label}]   {Name(stage) + " (CPU)",-24} p50 {Percentile(values, 0.5),8:0.000} ms   p95 {Percentile(values, 0.95),8:0.000} ms   p99 {Percentile(values, 0.99),8:0.000} ms   max {values.Max(),8:0.000} ms");
            }
        var rest = samples.Select(s => s.Total - s.Stages.Sum()).ToList();
        Console.WriteLine($"[{label}]   {"(outside the stages)",-24} p50 {Percentile(rest, 0.5),8:0.000} ms   p95 {Percentile(rest, 0.95),8:0.000} ms   p99 {Percentile(rest, 0.99),8:0.000} ms   max {rest.Max(),8:0.000} ms");
        var cut = Percentile(totals, 0.95);
        var tail = samples.Where(s => s.Total >= cut).ToList();
        Console.WriteLine($"[{label}]   slowest 5% ({tail.Count} questions ≥ {cut:0.000} ms), mean per stage: " +
                          string.Join(", ", Stages.Select(st => $"{Name(st)} {tail.Average(s => s.Stages[(int)st]):0.000}")) + " ms");
        if (cpus.Count == samples.Count)
        {
            var cpuCut = Percentile(cpus, 0.95);
            var cpuTail = samples.Where(s => s.Cpu >= cpuCut).ToList();
            Console.WriteLine($"[{label}]   CPU-slowest 5% ({cpuTail.Count} questions ≥ {cpuCut:0.000} ms CPU), mean CPU per stage: " +
                              string.Join(", ", Stages.Select(st => $"{Name(st)} {cpuTail.Average(s => s.StageCpu[(int)st]):0.000}")) + " ms");
            foreach (var s in samples.OrderByDescending(s => s.Cpu).DistinctBy(s => s.Question).Take(slowest))
                Console.WriteLine($"[{label}]     CPU {s.Cpu,8:0.000} ms  {s.Question}  (" +
                                  string.Join(", ", Stages.Where(st => s.StageCpu[(int)st] >= 0.05).Select(st => $"{Name(st)} {s.StageCpu[(int)st]:0.00}")) + ")");
        }
        foreach (var s in samples.OrderByDescending(s => s.Total).DistinctBy(s => s.Question).Take(slowest))
            Console.WriteLine($"[{label}]     {s.Total,8:0.000} ms (CPU {s.Cpu:0.000})  {s.Question}  (" +
                              string.Join(", ", Stages.Where(st => s.Stages[(int)st] >= 0.05).Select(st => $"{Name(st)} {s.Stages[(int)st]:0.00}")) + ")");
    }

    /// <summary>The calling thread's CPU time (Linux clock_gettime), or -1 where it cannot be read.</summary>
    private static double ThreadCpuMilliseconds()
    {
        if (!OperatingSystem.IsLinux()) return -1;
        return ClockGetTime(ThreadCpuClock, out var now) == 0 ? now.Seconds * 1000.0 + now.Nanoseconds / 1e6 : -1;
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static string Name(UnderstandingStage stage) => stage.ToString().ToLowerInvariant();

    internal static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "n/a".</summary>
    internal static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(" / ", parts.Take(3).Select(p => double.Parse(p, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)));
        }
        catch (IOException) { return "n/a"; }
        catch (UnauthorizedAccessException) { return "n/a"; }
    }
}
