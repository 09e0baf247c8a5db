using System.Diagnostics;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Infrastructure;
using MetricAssistant.Retrieval;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.AI;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// <c>embedders</c>: dense retrieval alone on the demo catalog with the hashing embedder and with
/// all-MiniLM-L6-v2, on English questions that describe a metric instead of naming it (written from the
/// demo-domain spec, not from any eval set): top-1 and top-3 metric accuracy, and the time to embed one question.
/// </summary>
public static class EmbedderBenchmarks
{
    private static readonly (string Question, string Metric)[] Questions =
    [
        ("how much did we bring in last month", "gmv"),
        ("how much cash came in from customers this week", "gmv"),
        ("money taken on paid orders", "gmv"),
        ("total value of everything ordered, paid or not", "gmv_ordered"),
        ("order value after coupons, leaving out cancelled orders", "gmv_net"),
        ("how many orders were placed, not counting cancellations", "order_count"),
        ("number of orders that got paid", "paid_order_count"),
        ("how many shoppers actually paid", "paying_customers"),
        ("how many distinct customers bought something", "paying_customers"),
        ("average amount spent per order", "aov"),
        ("average spend per paying customer", "arppu"),
        ("how much did coupons cost us", "discount_amount"),
        ("how much money did we give back to customers", "refund_amount"),
        ("money refunded as a share of sales", "refund_rate"),
        ("what fraction of orders got called off", "cancel_rate"),
        ("how many pieces did we sell", "units_sold"),
        ("how many units went out the door", "units_sold"),
        ("revenue from product lines", "item_sales"),
        ("profit after the cost of the goods", "gross_profit"),
        ("profit as a percentage of item sales", "gross_margin"),
        ("how many people signed up as members", "new_customers"),
        ("new sign-ups this quarter", "new_customers"),
        ("how many members do we have altogether", "total_customers"),
        ("how many people came into the stores", "visitors"),
        ("foot traffic last week", "visitors"),
        ("share of visitors who ended up buying", "conversion_rate"),
        ("number of bookings customers made", "appointment_count"),
        ("share of booked visits that led to a purchase", "appointment_conversion_rate"),
        ("how many staff work in the stores on average", "avg_headcount"),
        ("output per employee", "revenue_per_staff"),
        ("sales generated per store employee", "revenue_per_staff"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var catalog = new CatalogLoader().Load(RepositoryRoot.Locate().Resolve("catalog")).Catalog ?? throw new InvalidOperationException("catalog has problems");
        var folder = Path.Combine(Path.GetTempPath(), "ma-embedder-bench-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine($"embedders: dense retrieval alone, demo catalog ({catalog.Metrics.Count} metrics), {Questions.Length} English description-style questions");
        try
        {
            foreach (var (name, create) in new (string, Func<IEmbeddingGenerator<string, Embedding<float>>>)[]
                     { ("hashing", () => new HashingEmbeddingGenerator()), ("MiniLM-L6-v2", () => new MiniLmEmbeddingGenerator()) })
            {
                using var generator = create();
                var watch = Stopwatch.StartNew();
                var retriever = await new CatalogIndexer(generator, new EmbeddedVectorStore(Path.Combine(folder, name))).BuildAsync(catalog, CancellationToken.None);
                var build = watch.Elapsed;
                foreach (var warm in new[] { "warm-up one", "warm-up two sentence", "a third warm-up" }) await generator.GenerateAsync([warm]);
                var embed = new List<double>();
                foreach (var (question, _) in Questions)
                {
                    var start = Stopwatch.GetTimestamp();
                    await generator.GenerateAsync([question]);
                    embed.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                }
                int top1 = 0, top3 = 0;
                var misses = new List<string>();
                foreach (var (question, metric) in Questions)
                {
                    var found = await retriever.RetrieveDenseAsync(question, 3, null, CancellationToken.None);
                    if (found.Count > 0 && found[0].MetricId == metric) top1++;
                    if (found.Any(c => c.MetricId == metric)) top3++;
                    else misses.Add($"{question} → {string.Join(",", found.Select(c => c.MetricId))}");
                }
                embed.Sort();
                Console.WriteLine($"[{name}] index {build.TotalSeconds:F1} s; top-1 {top1}/{Questions.Length} ({100.0 * top1 / Questions.Length:F0}%), top-3 {top3}/{Questions.Length} ({100.0 * top3 / Questions.Length:F0}%); " +
                                  $"embedding one question median {embed[embed.Count / 2]:0.00} ms, max {embed[^1]:0.00} ms");
                foreach (var miss in misses) Console.WriteLine($"  not in top 3: {miss}");
            }
            return 0;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
