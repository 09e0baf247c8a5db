using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using MetricAssistant.Demo;
using MetricAssistant.Demo.Copy;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// Benchmarks and tools around the demo warehouse.
/// <code>
///   generate [scale ...] [--seed N] [--dir DIR] [--keep] [--verbose]  time generation (default scales 1 and 10)
///   checksum FILE                                          recompute a warehouse's checksum line
///   copy FILE CONNECTION_STRING                            time the DuckDB → PostgreSQL copy
///   catalog DIR                                            write city.yaml and store.yaml into DIR
///   compile [iterations]                                   compile time per query (both dialects)
///   execute [DUCKDB_FILE] [runs]                           median execution of every published metric
///   retrieval [metrics] [queries]                          retrieval, then the whole understanding, on the demo and a generated catalog
///   startup [metrics ...] [--runs N] [--folder DIR]        a fresh replica's start-up until its first answer, cold and warm (default 500 and 100000)
///   embedders                                              dense retrieval alone: hashing vs all-MiniLM-L6-v2 on English descriptions
///   onnx [MODEL.onnx VOCAB.txt] [runs] [--cls]             onnx embedding latency (the hand-built test model by default)
///   chart [rounds] [WIDTHxHEIGHT]                          PNG chart rendering per answer shape
///   bdn [BenchmarkDotNet arguments]                        BenchmarkDotNet micro benchmarks
/// </code>
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "generate";
        var rest = args.Skip(1).ToArray();
        switch (mode)
        {
            case "generate":
                return await GenerateAsync(rest);
            case "checksum" when rest.Length == 1:
                Console.WriteLine((await DemoChecksumReader.ComputeAsync(rest[0], CancellationToken.None)).ToLine());
                return 0;
            case "copy" when rest.Length == 2:
                return await CopyAsync(rest[0], rest[1]);
            case "catalog" when rest.Length == 1:
                Directory.CreateDirectory(rest[0]);
                await File.WriteAllTextAsync(Path.Combine(rest[0], "city.yaml"), DemoCatalogYaml.RenderCityYaml());
                await File.WriteAllTextAsync(Path.Combine(rest[0], "store.yaml"), DemoCatalogYaml.RenderStoreYaml());
                Console.WriteLine($"wrote city.yaml and store.yaml to {rest[0]}");
                return 0;
            case "compile":
                return QueryBenchmarks.Compile(rest);
            case "execute":
                return await QueryBenchmarks.ExecuteAsync(rest);
            case "retrieval":
                return await RetrievalBenchmarks.RunAsync(rest);
            case "startup":
                return await StartupBenchmarks.RunAsync(rest);
            case "reader-parts":
                return ReaderPartsBenchmarks.Run(rest);
            case "startup-run" when rest.Length == 4:
                return await StartupBenchmarks.RunChildAsync(rest);
            case "embedders":
                return await EmbedderBenchmarks.RunAsync(rest);
            case "onnx":
                return await OnnxBenchmarks.RunAsync(rest);
            case "understand":
                return await AskBenchmarks.UnderstandAsync(rest);
            case "ask":
                return await AskBenchmarks.AskAsync(rest);
            case "permissions":
                return await AskBenchmarks.PermissionsAsync(rest);
            case "chart":
                return await ChartBenchmarks.RunAsync(rest);
            case "bdn":
                // artifacts go to the temp folder, not into the working tree
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest,
                    DefaultConfig.Instance.WithArtifactsPath(Path.Combine(Path.GetTempPath(), "MetricAssistant.Benchmarks.Artifacts")));
                return 0;
            default:
                Console.Error.WriteLine("usage: generate [scale ...] [--seed N] [--dir DIR] [--keep] | checksum FILE | copy FILE CONNSTR | catalog DIR | compile [N] | execute [FILE] [runs] | bdn [...]");
                return 2;
        }
    }

    private static async Task<int> GenerateAsync(string[] args)
    {
        var scales = new List<double>();
        var seed = DemoGenerationOptions.DefaultSeed;
        var dir = Path.GetTempPath();
        var keep = false;
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dir": dir = args[++i]; break;
                case "--keep": keep = true; break;
                case "--verbose": verbose = true; break;
                default: scales.Add(double.Parse(args[i], CultureInfo.InvariantCulture)); break;
            }
        }
        if (scales.Count == 0) scales.AddRange([1, 10]);

        var generator = new DemoWarehouseGenerator();
        foreach (var scale in scales)
        {
            var path = Path.Combine(dir, $"demo-scale{scale.ToString(CultureInfo.InvariantCulture)}-seed{seed}.duckdb");
            var stopwatch = Stopwatch.StartNew();
            var progress = verbose ? new ConsoleProgress(stopwatch) : null;
            var checksum = await generator.GenerateAsync(new DemoGenerationOptions(scale, seed, path), progress, CancellationToken.None);
            stopwatch.Stop();
            var size = new FileInfo(path).Length;
            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"scale={scale.ToString(CultureInfo.InvariantCulture)} seed={seed} time={stopwatch.Elapsed.TotalSeconds:F2}s " +
                              $"size={size / 1048576.0:F1}MiB peak_working_set={process.PeakWorkingSet64 / 1048576.0:F0}MiB");
            Console.WriteLine("  rows: " + string.Join(", ", checksum.RowCounts.Select(p => $"{p.Key}={p.Value}")));
            Console.WriteLine("  " + checksum.ToLine());
            if (!keep) File.Delete(path);
            else Console.WriteLine($"  kept {path}");
        }
        return 0;
    }

    /// <summary>Prints each progress report synchronously with the elapsed time.</summary>
    private sealed class ConsoleProgress(Stopwatch stopwatch) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value) =>
            Console.WriteLine($"  {stopwatch.Elapsed.TotalSeconds,7:F2}s {value.Table} {value.RowsWritten}/{value.RowsExpected}");
    }

    private static async Task<int> CopyAsync(string file, string connectionString)
    {
        var stopwatch = Stopwatch.StartNew();
        await new WarehouseCopier().CopyDuckDbToPostgresAsync(file, connectionString, CancellationToken.None);
        Console.WriteLine($"copied {file} to PostgreSQL in {stopwatch.Elapsed.TotalSeconds:F2}s");
        return 0;
    }
}
