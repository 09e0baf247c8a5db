using System.Diagnostics;
using System.Globalization;
using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Evals;
using MetricAssistant.Infrastructure;
using MetricAssistant.Infrastructure.Composition;
using MetricAssistant.Planner.Llm;
using MetricAssistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// <c>understand [rounds]</c>: understanding + retrieval per question over the golden questions (no SQL);
/// <c>ask [rounds]</c>: end-to-end AskAsync against the raw DuckDB time of the same SQL.
/// </summary>
public static class AskBenchmarks
{
    public static async Task<int> UnderstandAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        await using var services = Services();
        var catalog = services.GetRequiredService<ICatalogProvider>().Current;
        var reader = services.GetRequiredService<UnderstandingProvider>().For(catalog);
        var cases = Cases();
        foreach (var c in cases) await reader.UnderstandAsync(c.Question, DateTime.Parse(c.Now, CultureInfo.InvariantCulture), null, CancellationToken.None);
        var samples = await StageSamples.RunAsync(reader, Enumerable.Range(0, rounds).SelectMany(_ => cases)
            .Select(c => (c.Question, DateTime.Parse(c.Now, CultureInfo.InvariantCulture))));
        Console.WriteLine($"understand: {cases.Count} golden questions x {rounds} rounds (time, terms, typos, retrieval fallback; no SQL)");
        Print("understanding + retrieval", [.. samples.Totals]);
        samples.Print("golden", "understanding by stage");
        return 0;
    }

    public static async Task<int> AskAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        await using var services = Services();
        var ask = services.GetRequiredService<IAskService>();
        var warehouse = services.GetRequiredService<IWarehouse>();
        var cases = Cases().Where(c => c.Expect.Status == "answered").ToList();
        foreach (var c in cases.Take(20)) await ask.AskAsync(new AskRequest(c.Question, c.User, c.Now), CancellationToken.None);
        var endToEnd = new List<double>();
        var raw = new List<double>();
        var understand = new List<double>();
        for (var r = 0; r < rounds; r++)
        {
            foreach (var c in cases)
            {
                var watch = Stopwatch.StartNew();
                var answer = await ask.AskAsync(new AskRequest(c.Question, c.User, c.Now), CancellationToken.None);
                endToEnd.Add(watch.Elapsed.TotalMilliseconds);
                understand.Add(answer.Timings.UnderstandMs);
                raw.Add(answer.Timings.ExecuteMs);
            }
        }
        Console.WriteLine($"ask: {cases.Count} answered golden questions x {rounds} rounds, sequential, scale-1 DuckDB");
        Print("end-to-end AskAsync", endToEnd);
        Print("  of which DuckDB execution", raw);
        Print("  of which understanding", understand);
        return 0;
    }

    /// <summary><c>permissions [rounds]</c>: the access check per understood question, for a user without row rules and one with.</summary>
    public static async Task<int> PermissionsAsync(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        await using var services = Services();
        var catalog = services.GetRequiredService<ICatalogProvider>().Current;
        var reader = services.GetRequiredService<UnderstandingProvider>().For(catalog);
        var queries = new List<MetricAssistant.QueryModel.SemanticQuery>();
        foreach (var c in Cases())
        {
            var result = await reader.UnderstandAsync(c.Question, DateTime.Parse(c.Now, CultureInfo.InvariantCulture), null, CancellationToken.None);
            if (result.Query is not null) queries.Add(result.Query);
        }
        var access = new MetricAssistant.Application.Security.AccessEvaluator(catalog);
        foreach (var user in new[] { "ceo", "east_wang" })
        {
            var caller = access.DemoCaller(user)!;
            foreach (var q in queries) access.Check(caller, q, "zh");
            var samples = new List<double>();
            for (var r = 0; r < rounds; r++)
            {
                foreach (var q in queries)
                {
                    var watch = Stopwatch.StartNew();
                    access.Check(caller, q, "zh");
                    samples.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            Print($"access check, {user}{(user == "ceo" ? " (no row rules)" : " (row rule)")}", samples);
        }
        return 0;
    }

    private static List<EvalCase> Cases()
    {
        var (cases, _) = EvalSetLoader.Load(RepositoryRoot.Locate().Resolve("evals/golden"), heldOut: false);
        return cases.ToList();
    }

    private static ServiceProvider Services()
    {
        var root = RepositoryRoot.Locate();
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(root.Path, "appsettings.json")).AddEnvironmentVariables().Build();
        return new ServiceCollection().AddLogging().AddMetricAssistant(configuration, root)
            .AddMetricRetrieval(configuration).AddLlmPlanner(configuration, root).BuildServiceProvider();
    }

    private static void Print(string what, List<double> samples)
    {
        var sorted = samples.Order().ToList();
        double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine($"  {what,-32} median {P(0.5),8:0.000} ms   p95 {P(0.95),8:0.000} ms   max {sorted[^1],8:0.000} ms   (n={sorted.Count})");
    }
}
