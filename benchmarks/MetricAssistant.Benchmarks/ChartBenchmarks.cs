using System.Diagnostics;
using System.Globalization;
using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Charts;
using MetricAssistant.Demo;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// <c>chart [rounds] [WIDTHxHEIGHT]</c>: PNG rendering per answer shape (trend, trend by group, bars, ranking,
/// comparisons) on answers from the configured warehouse; prints median/p95 render time and PNG size.
/// </summary>
public static class ChartBenchmarks
{
    private static readonly (string Name, QueryDto Query)[] Shapes =
    [
        ("line: gmv by month, 2 years", new(["gmv"], [], [], new("2024-01-01", "2026-01-01"), "month")),
        ("line: gmv by region by month", new(["gmv"], ["region"], [], new("2025-01-01", "2026-01-01"), "month")),
        ("line: gmv by store by month (60)", new(["gmv"], ["store"], [], new("2025-01-01", "2026-01-01"), "month")),
        ("line: gmv by day, one quarter", new(["gmv"], [], [], new("2025-04-01", "2025-07-01"), "day")),
        ("bars: aov by channel", new(["aov"], ["channel"], [], new("2025-06-01", "2025-07-01"))),
        ("bars: top 10 stores", new(["gmv"], ["store"], [], new("2025-06-01", "2025-07-01"), null, [new("gmv", true)], 10)),
        ("bars: gmv by store (30 of 60)", new(["gmv"], ["store"], [], new("2025-06-01", "2025-07-01"))),
        ("paired: gmv by region yoy", new(["gmv"], ["region"], [], new("2025-07-01", "2025-10-01"), Compare: "yoy")),
        ("paired: conversion rate mom", new(["conversion_rate"], [], [], new("2025-06-01", "2025-07-01"), Compare: "pop")),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 50;
        var size = args.Length > 1 ? args[1].Split('x').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray() : [720, 360];
        var request = new ChartRequest(size[0], size[1], "zh");

        var root = RepositoryRoot.Locate();
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root.Path, "appsettings.json")).AddEnvironmentVariables().Build();
        await using var services = new ServiceCollection().AddLogging().AddMetricAssistant(configuration, root)
            .AddCharts(configuration).AddDemoWarehouse().BuildServiceProvider();
        await services.GetRequiredService<DemoWarehouseBootstrapper>().EnsureAsync(CancellationToken.None);
        var queries = services.GetRequiredService<QueryService>();
        var renderer = services.GetRequiredService<IChartRenderer>();
        Console.WriteLine($"chart: {Shapes.Length} answer shapes x {rounds} rounds at {request.Width}x{request.Height}, font {services.GetRequiredService<ChartFontResolver>().Font.Family}");

        var all = new List<double>();
        var sizes = new List<double>();
        foreach (var (name, query) in Shapes)
        {
            var answer = await queries.RunAsync(new QueryRequest(query, "ceo", "2025-07-15"), CancellationToken.None);
            if (answer.Status != AnswerStatus.Answered) throw new InvalidOperationException($"{name}: {answer.Status} {answer.Message}");
            var first = renderer.Render(answer, request) ?? throw new InvalidOperationException($"{name}: no chart");
            var samples = new List<double>();
            for (var r = 0; r < rounds; r++)
            {
                var watch = Stopwatch.StartNew();
                renderer.Render(answer, request);
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
            all.AddRange(samples);
            sizes.Add(first.Png.Length);
            Print($"{name} ({first.Kind}, {first.Png.Length / 1024.0:0.0} KiB)", samples);
        }
        Print("all shapes", all);
        Console.WriteLine($"  PNG size: median {Median(sizes) / 1024:0.0} KiB, max {sizes.Max() / 1024:0.0} KiB");
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static void Print(string what, List<double> samples)
    {
        var sorted = samples.Order().ToList();
        double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine($"  {what,-58} median {P(0.5),7:0.00} ms   p95 {P(0.95),7:0.00} ms");
    }
}
