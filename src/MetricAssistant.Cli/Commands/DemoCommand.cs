using System.CommandLine;
using MetricAssistant.Demo;
using MetricAssistant.Infrastructure.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace MetricAssistant.Cli.Commands;

/// <summary><c>demo generate [--scale N] [--seed S] [--out FILE]</c>: builds the demo warehouse and prints its checksum line.</summary>
internal static class DemoCommand
{
    public static Command Build()
    {
        var scale = new Option<double>("--scale") { Description = "Multiplier on customers, orders, items, appointments and traffic (1 ≈ 1M orders).", DefaultValueFactory = _ => DemoGenerationOptions.DefaultScale };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and scale give the same data.", DefaultValueFactory = _ => DemoGenerationOptions.DefaultSeed };
        var output = new Option<string?>("--out") { Description = "DuckDB file to write (default: the warehouse the service uses)." };
        var generate = new Command("generate", "Generate the demo warehouse (DuckDB) deterministically.") { scale, seed, output };
        generate.SetAction(async (parse, ct) =>
        {
            var s = parse.GetValue(scale);
            if (s is <= 0 or > DemoGenerationOptions.MaxScale)
            {
                Console.Error.WriteLine($"--scale must be above 0 and at most {DemoGenerationOptions.MaxScale}.");
                return 2;
            }
            await using var services = CliServices.Build();
            var path = Path.GetFullPath(parse.GetValue(output) ?? services.GetRequiredService<WarehousePaths>().DuckDb);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            DemoChecksum? checksum = null;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var tasks = new Dictionary<string, ProgressTask>();
                    var progress = new SynchronousProgress<GenerationProgress>(p =>
                    {
                        if (!tasks.TryGetValue(p.Table, out var task)) tasks[p.Table] = task = context.AddTask(p.Table, maxValue: Math.Max(1, p.RowsExpected));
                        task.Value = Math.Min(p.RowsWritten, task.MaxValue);
                    });
                    checksum = await new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(s, parse.GetValue(seed), path), progress, ct);
                    foreach (var task in tasks.Values) task.Value = task.MaxValue;
                });
            Console.WriteLine(checksum!.ToLine());
            Console.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:0.0} MB)");
            return 0;
        });
        return new Command("demo", "The demo warehouse.") { generate, DemoCopyCommand.Build(), DemoRowRulesCommand.Build() };
    }

    /// <summary>Reports on the caller's thread, unlike Progress&lt;T&gt;, so the display is up to date when generation ends.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        private readonly Lock gate = new();

        public void Report(T value)
        {
            lock (gate) report(value);
        }
    }
}
