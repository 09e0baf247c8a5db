using System.Diagnostics;
using MetricAssistant.Application.Asking;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// The whole offline understanding (<c>QuestionUnderstanding.UnderstandAsync</c>: time, catalog terms, the
/// concept signal, retrieval) over a catalog already indexed for retrieval: the reader's build time (lexicon,
/// concept index) and managed memory, and p50/p95/p99 per question, for the catalog's own questions and for
/// descriptions that name no metric (the concept signal's path).
/// </summary>
public static class UnderstandingScaleBenchmarks
{
    /// <summary>Questions that describe a quantity instead of naming it, in both languages.</summary>
    private static readonly string[] Descriptions =
    [
        "这周进了多少钱", "上月有多少客人付过款", "退掉的钱一共多少", "现在总共多少会员", "下单后又取消的占多少",
        "付款的人平均每人花了多少", "how much did we bring in", "how many shoppers actually paid", "refunds as a percentage of revenue",
        "order value before coupons", "output per employee", "how many people came to the stores last week", "取消的订单占多少",
        "上个月卖了多少钱", "how much money was refunded last month", "平均每单多少钱",
    ];

    public static async Task MeasureAsync(string label, SemanticCatalog catalog, IMetricRetriever retriever, IReadOnlyList<string> questions, int iterations)
    {
        var before = RetrievalBenchmarks.Managed();
        var watch = Stopwatch.StartNew();
        var reader = new UnderstandingProvider(new TimeExpressionResolver(), retriever).For(catalog);
        // The concept index and signatures are built lazily on first use by the reader's parts: one question builds them all.
        await reader.UnderstandAsync(Descriptions[0], DateTime.UtcNow, null, CancellationToken.None);
        var build = watch.Elapsed;
        Console.WriteLine($"[{label}] understanding reader built in {build.TotalSeconds:F2} s (lexicon, signatures, concept index); managed memory +{(RetrievalBenchmarks.Managed() - before) / 1048576.0:F0} MiB");
        var now = new DateTime(2026, 12, 4, 10, 0, 0, DateTimeKind.Unspecified);
        // One wall-clock run per question (no best of three): over a large catalog a question costs far more than retrieval's.
        foreach (var q in questions.Take(20).Concat(Descriptions)) await reader.UnderstandAsync(q, now, null, CancellationToken.None);
        var named = await StageSamples.RunAsync(reader, Enumerable.Range(0, iterations).Select(i => (questions[i % questions.Count], now)));
        var described = await StageSamples.RunAsync(reader, Enumerable.Range(0, Descriptions.Length * 5).Select(i => (Descriptions[i % Descriptions.Length], now)));
        named.Print(label, "UnderstandAsync");
        described.Print(label, "  descriptions");
        GC.KeepAlive(reader);
    }
}
