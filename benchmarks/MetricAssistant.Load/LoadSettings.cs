namespace MetricAssistant.Load;

/// <summary>
/// What one run uses: the servers scripts/load.sh started (ports from its environment), the API build to start
/// replicas from, and how long each part lasts (short for CI, full for the figures).
/// </summary>
public sealed record LoadSettings(
    bool Short,
    string RepositoryRoot,
    string ApiDll,
    string ServicesScript,
    string WorkDirectory,
    int WarehousePort,
    int SharedPort,
    int RedisPort,
    int PortBase)
{
    public string WarehouseConnection => $"Host=127.0.0.1;Port={WarehousePort};Username=postgres;Database={(Short ? "ma_load_warehouse_small" : "ma_load_warehouse")};Pooling=true";

    /// <summary>The demo warehouse copied into PostgreSQL: the service's default (scale 1, ~1M orders), or a tenth of it for the short run.</summary>
    public double DemoScale => Short ? 0.1 : 1.0;

    public string DemoDuckDb => Short ? Path.Combine(WorkDirectory, "demo-small.duckdb") : Path.Combine(RepositoryRoot, "data", "demo.duckdb");

    public string SharedConnection => $"Host=127.0.0.1;Port={SharedPort};Username=postgres;Database=ma_load_shared;Pooling=true";

    public string Redis => $"127.0.0.1:{RedisPort}";

    public Uri ProxyUri => new($"http://127.0.0.1:{PortBase}");

    public int ReplicaPort(int index) => PortBase + 1 + index;

    /// <summary>Each throughput cell.</summary>
    public TimeSpan CellDuration => Short ? TimeSpan.FromSeconds(1.5) : TimeSpan.FromSeconds(10);

    /// <summary>Connections of a throughput cell (the issue's wrk figures used 16).</summary>
    public int Concurrency => 16;

    /// <summary>Requests one after another for the latency-at-one-connection comparison with the raw warehouse.</summary>
    public int SequentialCount => Short ? 10 : 100;

    /// <summary>10 minutes (30 s short); <c>--soak-seconds N</c> (or <c>MA_LOAD_SOAK_SECONDS</c>) sets another length.</summary>
    public TimeSpan SoakDuration { get; init; } = Short ? TimeSpan.FromSeconds(30) : TimeSpan.FromMinutes(10);

    public double SoakRate => 40;

    /// <summary>How long each fault lasts before the server is brought back.</summary>
    public TimeSpan FaultDuration => Short ? TimeSpan.FromSeconds(3) : TimeSpan.FromSeconds(10);

    /// <summary>The bound on every run: no cell sends more than this many requests.</summary>
    public int MaxRequestsPerCell => 200_000;

    public static LoadSettings FromArguments(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Port(string variable, int fallback) => int.TryParse(Environment.GetEnvironmentVariable(variable), out var p) ? p : fallback;
        var root = Path.GetFullPath(Value("--root") ?? Directory.GetCurrentDirectory());
        var built = new LoadSettings(
            args.Contains("--short"),
            root,
            Path.GetFullPath(Value("--api") ?? throw new ArgumentException("--api <MetricAssistant.Api.dll> is required")),
            Path.Combine(root, "scripts", "lib", "load-services.sh"),
            Path.GetFullPath(Value("--out") ?? Path.Combine(root, "artifacts", "load")),
            Port("MA_LOAD_WAREHOUSE_PORT", 55491),
            Port("MA_LOAD_SHARED_PORT", 55492),
            Port("MA_LOAD_REDIS_PORT", 56491),
            Port("MA_LOAD_PORT_BASE", 5490));
        var soak = int.TryParse(Value("--soak-seconds"), out var given) ? given : Port("MA_LOAD_SOAK_SECONDS", 0);
        return soak > 0 ? built with { SoakDuration = TimeSpan.FromSeconds(soak) } : built;
    }
}
