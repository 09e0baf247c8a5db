using System.Diagnostics;
using System.Globalization;
using MetricAssistant.Application.Execution;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.QueryModel;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Warehouse;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// <c>compile [iterations]</c>: time to compile each metric's "by month over 2025 by region" query and a
/// few harder shapes; <c>execute [duckdb file] [runs]</c>: median execution of every published metric
/// on a warehouse (scale 1 by default: data/demo.duckdb).
/// </summary>
public static class QueryBenchmarks
{
    private static readonly DateRange Year2025 = new(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1));

    public static int Compile(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var catalog = LoadCatalog();
        var compiler = new MetricCompiler(catalog);
        var queries = Queries(catalog).ToList();
        foreach (var (_, q) in queries) compiler.Compile(q, DuckDbDialect.Instance); // warm up the JIT
        var samples = new List<double>();
        var perShape = new Dictionary<string, List<double>>();
        for (var i = 0; i < iterations; i++)
        {
            foreach (var (name, q) in queries)
            {
                var watch = Stopwatch.StartNew();
                var result = compiler.Compile(q, i % 2 == 0 ? DuckDbDialect.Instance : PostgresDialect.Instance);
                var ms = watch.Elapsed.TotalMilliseconds;
                if (!result.Succeeded) throw new InvalidOperationException($"{name}: {result.Error.Message}");
                samples.Add(ms);
                (perShape.TryGetValue(name, out var list) ? list : perShape[name] = []).Add(ms);
            }
        }
        Console.WriteLine($"compile: {queries.Count} queries x {iterations} iterations, both dialects");
        Console.WriteLine($"  all:    median {Median(samples):0.000} ms   p95 {Percentile(samples, 0.95):0.000} ms   max {samples.Max():0.000} ms");
        foreach (var (name, list) in perShape.Where(p => !p.Key.StartsWith("metric:", StringComparison.Ordinal)))
            Console.WriteLine($"  {name,-40} median {Median(list):0.000} ms");
        return 0;
    }

    public static async Task<int> ExecuteAsync(string[] args)
    {
        var root = RepositoryRoot.Locate();
        var path = args.Length > 0 ? Path.GetFullPath(args[0]) : root.Resolve("data/demo.duckdb");
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path} does not exist: start the service once or run 'demo generate'.");
            return 2;
        }
        var catalog = LoadCatalog();
        var compiler = new MetricCompiler(catalog);
        var options = Options.Create(new WarehouseOptions { DuckDbPath = path, RowLimit = 100_000 });
        using var warehouse = new DuckDbWarehouse(options, new WarehousePaths(options, root));
        Console.WriteLine($"execute: {Path.GetFileName(path)}, each metric by month over 2025 by region, median of {runs} runs after one warm-up");
        var medians = new List<double>();
        foreach (var metric in catalog.Metrics.Values.Where(m => m.IsPublished).OrderBy(m => m.Id, StringComparer.Ordinal))
        {
            var compiled = compiler.Compile(new SemanticQuery([metric.Id], ["region"], [], Year2025, TimeGrain.Month), DuckDbDialect.Instance).Query!;
            await warehouse.ExecuteAsync(compiled, CancellationToken.None);
            var times = new List<double>();
            QueryResult? result = null;
            for (var i = 0; i < runs; i++)
            {
                result = await warehouse.ExecuteAsync(compiled, CancellationToken.None);
                times.Add(result.Elapsed.TotalMilliseconds);
            }
            medians.Add(Median(times));
            Console.WriteLine($"  {metric.Id,-30} median {Median(times),8:0.0} ms   rows {result!.Rows.Count}");
        }
        Console.WriteLine($"  all metrics: median of medians {Median(medians):0.0} ms, slowest {medians.Max():0.0} ms");
        return 0;
    }

    private static IEnumerable<(string Name, SemanticQuery Query)> Queries(SemanticCatalog catalog)
    {
        foreach (var m in catalog.Metrics.Values.Where(m => m.IsPublished))
            yield return ($"metric:{m.Id}", new SemanticQuery([m.Id], ["region"], [], Year2025, TimeGrain.Month));
        yield return ("conversion_rate by region, channel, yoy", new SemanticQuery(["conversion_rate"], ["region", "channel"], [new("region", QueryFilterOperator.In, ["east", "south"])], Year2025, TimeGrain.Month, null, null, Comparison.Yoy));
        yield return ("top 5 stores excluding jd", new SemanticQuery(["gmv"], ["store"], [new("channel", QueryFilterOperator.NotIn, ["jd"])], Year2025, null, [new("gmv", true)], 5));
        yield return ("gmv, aov, refund_rate by channel", new SemanticQuery(["gmv", "aov", "refund_rate"], ["channel"], [], Year2025));
        yield return ("total_customers by month", new SemanticQuery(["total_customers"], ["member_level"], [], Year2025, TimeGrain.Month));
    }

    private static SemanticCatalog LoadCatalog()
    {
        var result = new CatalogLoader().Load(RepositoryRoot.Locate().Resolve("catalog"));
        return result.Catalog ?? throw new InvalidOperationException(string.Join("\n", result.Problems));
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
