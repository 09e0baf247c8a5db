using System.Diagnostics;
using System.Globalization;

namespace MetricAssistant.Load;

/// <summary>
/// One API replica: the Release build started as its own process on a loopback port with the run's shared
/// PostgreSQL, warehouse and (when cached) Redis, its output kept in a log file. Killed with <see cref="Kill"/>
/// (no shutdown, as a crash), else stopped when disposed.
/// </summary>
public sealed class Replica : IAsyncDisposable
{
    private readonly Process process;

    private readonly string pidFile;

    private Replica(string name, int port, Process process, string pidFile)
    {
        this.pidFile = pidFile;
        Name = name;
        Port = port;
        this.process = process;
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}");

    public bool Running => !process.HasExited;

    public int ProcessId => process.Id;

    public static async Task<Replica> StartAsync(LoadSettings settings, string name, int port, bool cached, HttpClient http, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(settings.WorkDirectory);
        var log = Path.Combine(settings.WorkDirectory, $"replica-{name}.log");
        // exec: the shell's pid becomes the API's, so RSS and kill address the API itself.
        var info = new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", $"exec dotnet \"{settings.ApiDll}\" >>\"{log}\" 2>&1" }, WorkingDirectory = settings.RepositoryRoot };
        foreach (var (key, value) in Environment(settings, name, port, cached)) info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"replica {name} did not start");
        var replica = new Replica(name, port, process, Path.Combine(settings.WorkDirectory, $"replica-{name}.pid"));
        // scripts/load.sh stops this pid if the tool itself dies before it could.
        await File.WriteAllTextAsync(replica.pidFile, process.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(4))
        {
            if (process.HasExited) throw new InvalidOperationException($"replica {name} exited ({process.ExitCode}) while starting: see {log}");
            try
            {
                using var ready = await http.GetAsync(new Uri(replica.BaseUri, "/health/ready"), cancellationToken);
                if (ready.IsSuccessStatusCode) return replica;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(250, cancellationToken);
        }
        await replica.DisposeAsync();
        throw new TimeoutException($"replica {name} was not ready within 4 minutes: see {log}");
    }

    /// <summary>The settings every replica shares (the README's "Deploying replicas"), and what each keeps for itself.</summary>
    private static Dictionary<string, string> Environment(LoadSettings settings, string name, int port, bool cached)
    {
        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Warehouse__Engine"] = "postgres",
            ["Warehouse__PostgresConnectionString"] = settings.WarehouseConnection,
            ["ConnectionStrings__Shared"] = settings.SharedConnection,
            ["Catalog__Store"] = "postgres",
            ["Governance__ProposalStore"] = "postgres",
            ["Requests__Store"] = "postgres",
            ["Examples__Store"] = "postgres",
            ["Audit__Store"] = "postgres",
            ["Retrieval__IndexDirectory"] = Path.Combine(settings.WorkDirectory, $"index-{name}"),
            ["Cache__Enabled"] = cached ? "true" : "false",
            // One demo user sends every request: its per-caller budget (600 a minute) would be the figure otherwise.
            ["RateLimits__AnswersPerMinute"] = "1000000",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        if (cached) environment["ConnectionStrings__Redis"] = settings.Redis;
        return environment;
    }

    /// <summary>The managed heap after the last collection, summed over generations, from the replica's <c>/metrics</c>; null when unreadable.</summary>
    public async Task<double?> ManagedHeapMiBAsync(HttpClient http, CancellationToken cancellationToken) =>
        (await GcSizesAsync(http, cancellationToken))?.Heap;

    /// <summary>
    /// The heap after the last collection and the free space inside it (fragmentation: a collection that does not
    /// compact leaves it), in MiB, summed over generations; null when unreadable. The heap less its free space is what
    /// the last collection found alive.
    /// </summary>
    public async Task<(double Heap, double Free)?> GcSizesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            var lines = (await http.GetStringAsync(new Uri(BaseUri, "/metrics"), cancellationToken)).Split('\n');
            // A series line is "name{labels} value [timestamp]".
            double Sum(string name) => lines.Where(l => l.StartsWith(name + "{", StringComparison.Ordinal))
                .Select(l => double.Parse(l[(l.LastIndexOf('}') + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture)).Sum();
            var heap = Sum("dotnet_gc_last_collection_heap_size_bytes");
            return heap > 0 ? (heap / (1024 * 1024), Sum("dotnet_gc_last_collection_fragmentation_size_bytes") / (1024 * 1024)) : null;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Resident memory in MiB (Linux /proc), or null when the process is gone.</summary>
    public double? ResidentMiB()
    {
        try
        {
            var line = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>
    /// CPU time the process has used so far, user and system (Linux /proc, in clock ticks of 1/100 s), or null when it is
    /// gone: the figure a busy shared machine does not distort the way it distorts wall-clock time.
    /// </summary>
    public double? CpuSeconds()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{process.Id}/stat");
            // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is the 14th field, stime the 15th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing; as a crashed host.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGTERM: the host's graceful stop; killed if it takes too long.
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)])) await term.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException) { process.Kill(entireProcessTree: true); }
        }
        process.Dispose();
        File.Delete(pidFile);
    }
}
