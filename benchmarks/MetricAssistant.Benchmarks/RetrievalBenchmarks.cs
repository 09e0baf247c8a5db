using System.Diagnostics;
using System.Globalization;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Infrastructure;
using MetricAssistant.Retrieval;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// <c>retrieval [metrics] [queries]</c>: metric retrieval (hashing embeddings, embedded vector store persisted to
/// a temp folder) on the demo catalog and on a generated catalog of <c>metrics</c> synthetic metrics (default
/// 100,000): index build time (cold, and warm = vectors read back from the index file), managed memory, and
/// p50/p95/p99 latency of RetrieveAsync (hybrid), lexical and dense retrieval alone, and SuggestAsync; then the
/// whole offline understanding over the same catalog and index (<see cref="UnderstandingScaleBenchmarks"/>).
/// With <c>--understanding-only</c> the warm build and the retrieval latencies are skipped: the index is built once
/// and only the understanding is measured (minutes less on the 100k catalog). With <c>--index-dir DIR</c> the index files
/// are kept in DIR and read back by the next run (vectors and tokens reused) instead of a temporary folder.
/// </summary>
public static class RetrievalBenchmarks
{
    public static async Task<int> RunAsync(string[] args)
    {
        var understandingOnly = args.Contains("--understanding-only");
        args = [.. args.Where(a => a != "--understanding-only")];
        var at = Array.IndexOf(args, "--index-dir");
        var kept = at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        if (at >= 0) args = [.. args.Take(at), .. args.Skip(at + 2)];
        var synthetic = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var queryCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var folder = kept ?? Path.Combine(Path.GetTempPath(), "ma-retrieval-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var beforeJieba = Managed();
            var jieba = Stopwatch.StartNew();
            MetricAssistant.Understanding.Text.Segmentation.MixedTextTokenizer.Instance.Tokenize("预热 warm-up");
            Console.WriteLine($"jieba initialisation {jieba.Elapsed.TotalSeconds:F2} s, managed memory +{(Managed() - beforeJieba) / 1048576.0:F0} MiB (dictionary; once per process, not counted below)");
            var demo = new CatalogLoader().Load(RepositoryRoot.Locate().Resolve("catalog")).Catalog ?? throw new InvalidOperationException("catalog has problems");
            Console.WriteLine($"retrieval: demo catalog ({demo.Metrics.Count} metrics), hashing embeddings ({HashingEmbeddingGenerator.DefaultDimensions} dims), embedded vector store in {folder}");
            await MeasureAsync("demo", demo, DemoQuestions, DemoPrefixes, Path.Combine(folder, "demo"), queryCount * 5, understandingOnly);

            if (synthetic > 0)
            {
                Console.WriteLine();
                var watch = Stopwatch.StartNew();
                var (catalog, questions, prefixes) = Synthetic(demo, synthetic, seed: 42);
                Console.WriteLine($"retrieval: synthetic catalog of {synthetic:N0} metrics generated in {watch.Elapsed.TotalSeconds:F1} s");
                await MeasureAsync($"synthetic {synthetic:N0}", catalog, questions, prefixes, Path.Combine(folder, "synthetic"), queryCount, understandingOnly);
            }
            return 0;
        }
        finally
        {
            if (kept is null)
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task MeasureAsync(string label, SemanticCatalog catalog, IReadOnlyList<string> questions, IReadOnlyList<string> prefixes, string folder, int iterations, bool understandingOnly)
    {
        var before = Managed();
        var watch = Stopwatch.StartNew();
        var store = new EmbeddedVectorStore(folder);
        var retriever = await new CatalogIndexer(new HashingEmbeddingGenerator(), store, tokenCache: new FileDocumentTokenCache(folder)).BuildAsync(catalog, CancellationToken.None);
        var cold = watch.Elapsed;
        var memory = Managed() - before;
        var info = retriever.Info;
        var file = store.PathOf(info.VectorCollection!)!;
        Console.WriteLine($"[{label}] documents {info.Documents:N0} ({info.MetricDocuments:N0} metric), terms {info.LexicalTerms:N0}, postings {info.LexicalPostings:N0}, suggestion suffixes {retriever.SuggestionSuffixes:N0} (built when first asked)");
        Console.WriteLine($"[{label}] cold build {cold.TotalSeconds:F2} s (tokenize {info.TokenizeTime.TotalSeconds:F2} s, lexical+suggest {info.LexicalTime.TotalSeconds:F2} s, embed+store {info.DenseTime.TotalSeconds:F2} s); " +
                          $"managed memory +{memory / 1048576.0:F0} MiB (vector search structure ≈ {store.EstimateBytes(info.VectorCollection!) / 1048576.0:F1} MiB); index file {new FileInfo(file).Length / 1048576.0:F1} MiB");
        if (understandingOnly)
        {
            await UnderstandingScaleBenchmarks.MeasureAsync(label, catalog, retriever, questions, iterations);
            GC.KeepAlive(store);
            return;
        }

        watch.Restart();
        var warmStore = new EmbeddedVectorStore(folder);
        var warm = await new CatalogIndexer(new HashingEmbeddingGenerator(), warmStore, tokenCache: new FileDocumentTokenCache(folder)).BuildAsync(catalog, CancellationToken.None);
        Console.WriteLine($"[{label}] warm build {watch.Elapsed.TotalSeconds:F2} s (vectors reused: {warm.Info.DenseReused}, read from file in {warm.Info.DenseTime.TotalSeconds:F2} s; " +
                          $"tokens reused: {warm.Info.TokensReused}, read in {warm.Info.TokenizeTime.TotalSeconds:F2} s; BM25 and suggestions {warm.Info.LexicalTime.TotalSeconds:F2} s)");
        warm = null;
        warmStore = null;

        // warm-up (JIT, pools)
        foreach (var q in questions.Take(200))
        {
            await retriever.RetrieveAsync(q, 5, null, CancellationToken.None);
            retriever.Suggest(q[..Math.Min(3, q.Length)], 8, null);
        }

        var hybrid = await TimeAsync(iterations, i => retriever.RetrieveAsync(questions[i % questions.Count], 5, null, CancellationToken.None));
        var lexical = await TimeAsync(iterations, i => Task.FromResult(retriever.RetrieveLexical(questions[i % questions.Count], 5, null)));
        var dense = await TimeAsync(iterations, i => retriever.RetrieveDenseAsync(questions[i % questions.Count], 5, null, CancellationToken.None));
        var allow = await TimeAsync(iterations, i => retriever.RetrieveAsync(questions[i % questions.Count], 5, id => id.GetHashCode() % 3 != 0, CancellationToken.None));
        var suggest = await TimeAsync(iterations, i => retriever.SuggestAsync(prefixes[i % prefixes.Count], 8, null, CancellationToken.None));
        Print(label, "RetrieveAsync (hybrid)", hybrid);
        Print(label, "  lexical only", lexical);
        Print(label, "  dense only", dense);
        Print(label, "RetrieveAsync with allow", allow);
        Print(label, "SuggestAsync", suggest);
        if (Environment.GetEnvironmentVariable("RETRIEVAL_BENCH_DETAIL") == "1")
        {
            // slowest questions per channel, to see what costs
            foreach (var (name, samples) in new[] { ("lexical", lexical.Best), ("dense", dense.Best), ("suggest", suggest.Best) })
            {
                var source = name == "suggest" ? prefixes : questions;
                var worst = samples.Select((ms, i) => (ms, text: source[i % source.Count])).OrderByDescending(x => x.ms).Take(8);
                Console.WriteLine($"[{label}] slowest {name}: " + string.Join(" | ", worst.Select(w => $"{w.text} {w.ms:0.00}")));
            }
        }
        await UnderstandingScaleBenchmarks.MeasureAsync(label, catalog, retriever, questions, iterations);
        GC.KeepAlive(retriever);
        GC.KeepAlive(store);
    }

    /// <summary>
    /// Wall-clock latency of each call, and of the best of three runs of it: on a shared machine the scheduler
    /// preempts now and then (4 ms slices), which the best of three mostly removes.
    /// </summary>
    private static async Task<(List<double> Wall, List<double> Best)> TimeAsync<T>(int iterations, Func<int, Task<T>> action)
    {
        for (var i = 0; i < Math.Max(200, iterations / 5); i++) await action(i); // warm-up: JIT tiers, pools
        var wall = new List<double>(iterations);
        var best = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            var min = double.MaxValue;
            for (var run = 0; run < 3; run++)
            {
                var start = Stopwatch.GetTimestamp();
                await action(i);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (run == 0) wall.Add(ms);
                min = Math.Min(min, ms);
            }
            best.Add(min);
        }
        return (wall, best);
    }

    private static void Print(string label, string name, (List<double> Wall, List<double> Best) samples) =>
        Console.WriteLine($"[{label}] {name,-26} p50 {Percentile(samples.Wall, 0.5),7:0.000} ms   p95 {Percentile(samples.Wall, 0.95),7:0.000} ms   p99 {Percentile(samples.Wall, 0.99),7:0.000} ms" +
                          $"   | best of 3: p50 {Percentile(samples.Best, 0.5),7:0.000}  p95 {Percentile(samples.Best, 0.95),7:0.000}  p99 {Percentile(samples.Best, 0.99),7:0.000} ms   ({samples.Wall.Count} queries)");

    internal static long Managed()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1))];
    }

    private static readonly string[] DemoQuestions =
    [
        "上个月客单价是多少", "上个月的GMV是多少", "GMV by channel last quarter", "各渠道的转化率", "2025年3月各渠道的转化率",
        "抖音小店上周的退款率", "how many new members joined last month", "units sold by category", "已支付GMV", "下单GMV",
        "旧口径销售额", "convertion rate", "reveune", "avrage order value", "人效", "坪效", "毛利率", "华东区的成交额",
        "visitors by store type", "平均在岗人数", "预约转化率", "refund rate by region", "净GMV", "会员有多少", "卖了多少件",
        "天猫上个月的支付人数", "arppu last quarter", "discounts by channel last month", "今年以来各区域的成交额", "cancel rate",
    ];

    private static readonly string[] DemoPrefixes = ["客单", "gmv", "conv", "上个月", "退", "re", "av", "毛利", "华东", "ord", "人", "支付", "ar", "新增"];

    // ---- synthetic catalog -------------------------------------------------------------------------------

    internal static readonly (string Zh, string En)[] Scopes =
    [
        ("华东", "East China"), ("华北", "North China"), ("华南", "South China"), ("西南", "Southwest"), ("华中", "Central China"),
        ("线上", "Online"), ("线下", "Offline"), ("天猫", "Tmall"), ("京东", "JD"), ("抖音", "Douyin"), ("小程序", "Mini program"),
        ("直营店", "Owned store"), ("加盟店", "Franchise store"), ("奥莱", "Outlet"), ("旗舰店", "Flagship"), ("社区店", "Community store"),
        ("会员", "Member"), ("新客", "New customer"), ("老客", "Returning customer"), ("企业客户", "Corporate"),
    ];

    internal static readonly (string Zh, string En)[] Segments =
    [
        ("服装", "apparel"), ("鞋类", "shoes"), ("美妆", "beauty"), ("家居", "home"), ("食品", "food"), ("童装", "kidswear"),
        ("运动", "sports"), ("配饰", "accessories"), ("箱包", "bags"), ("内衣", "lingerie"), ("家电", "appliances"), ("数码", "digital"),
        ("母婴", "baby"), ("宠物", "pet"), ("图书", "books"), ("文具", "stationery"), ("珠宝", "jewelry"), ("眼镜", "eyewear"),
        ("户外", "outdoor"), ("饮料", "beverages"),
    ];

    internal static readonly (string Zh, string En)[] Modifiers =
    [
        ("日均", "daily average"), ("累计", "cumulative"), ("净", "net"), ("含税", "gross of tax"), ("不含税", "net of tax"),
        ("预估", "estimated"), ("实际", "actual"), ("目标", "target"), ("月度", "monthly"), ("周度", "weekly"),
    ];

    internal static readonly (string Zh, string En, string SynonymZh, string SynonymEn)[] Nouns =
    [
        ("销售额", "sales", "成交额", "revenue"), ("订单数", "orders", "单量", "order count"), ("客单价", "average order value", "笔单价", "aov"),
        ("退款额", "refund amount", "退款金额", "refunds"), ("退款率", "refund rate", "退款占比", "refund ratio"), ("毛利", "gross profit", "毛利额", "gp"),
        ("毛利率", "gross margin", "毛利占比", "margin rate"), ("访客数", "visitors", "客流", "traffic"), ("转化率", "conversion rate", "成交转化率", "cvr"),
        ("件数", "units sold", "销量", "quantity"), ("优惠金额", "discount amount", "让利金额", "discounts"), ("库存金额", "inventory value", "库存额", "stock value"),
        ("库存周转天数", "inventory days", "周转天数", "days of inventory"), ("复购率", "repurchase rate", "回购率", "repeat rate"),
        ("新增会员数", "new members", "拉新人数", "signups"), ("活跃会员数", "active members", "活跃用户", "actives"), ("连带率", "units per transaction", "连单率", "upt"),
        ("坪效", "sales per square metre", "每平米销售额", "sales density"), ("人效", "sales per staff", "人均产出", "staff productivity"),
        ("折扣率", "discount rate", "折扣比例", "markdown rate"), ("退货件数", "returned units", "退货量", "returns"), ("取消率", "cancellation rate", "取消占比", "cancel rate"),
        ("支付人数", "paying customers", "买家数", "buyers"), ("下单人数", "ordering customers", "下单用户数", "orderers"), ("客流量", "footfall", "进店人数", "store traffic"),
        ("预约数", "appointments", "预约量", "bookings"), ("到店率", "visit rate", "到店占比", "show-up rate"), ("好评率", "positive review rate", "好评占比", "satisfaction"),
        ("投诉数", "complaints", "投诉量", "complaint count"), ("发货时长", "shipping time", "发货时效", "lead time"),
    ];

    /// <summary>
    /// <paramref name="count"/> metrics named scope × segment × modifier × noun (20 × 20 × 10 × 30 = 120,000 distinct
    /// names), each with zh and en names, two synonyms, descriptions in both languages and a typical question;
    /// the demo catalog's models and dimensions. Also returns questions and search-box prefixes about them.
    /// </summary>
    private static (SemanticCatalog Catalog, List<string> Questions, List<string> Prefixes) Synthetic(SemanticCatalog demo, int count, int seed)
    {
        var random = new Random(seed);
        var template = demo.Metrics["gmv"];
        var metrics = new Dictionary<string, MetricDefinition>(count, StringComparer.Ordinal);
        var combinations = Scopes.Length * Segments.Length * Modifiers.Length * Nouns.Length;
        if (count > combinations) throw new ArgumentOutOfRangeException(nameof(count), $"at most {combinations} synthetic metrics");
        var order = Enumerable.Range(0, combinations).OrderBy(_ => random.Next()).Take(count).ToList();
        var questions = new List<string>();
        var prefixes = new List<string>();
        foreach (var n in order)
        {
            var scope = Scopes[n % Scopes.Length];
            var segment = Segments[n / Scopes.Length % Segments.Length];
            var modifier = Modifiers[n / (Scopes.Length * Segments.Length) % Modifiers.Length];
            var noun = Nouns[n / (Scopes.Length * Segments.Length * Modifiers.Length)];
            var id = $"m{n:D6}";
            var zh = $"{scope.Zh}{segment.Zh}{modifier.Zh}{noun.Zh}";
            var en = $"{scope.En} {segment.En} {modifier.En} {noun.En}";
            metrics[id] = template with
            {
                Id = id,
                Name = new LocalizedText(zh, en),
                Synonyms = [$"{scope.Zh}{segment.Zh}{noun.SynonymZh}", $"{scope.En} {segment.En} {noun.SynonymEn}"],
                Description = new LocalizedText(
                    $"{scope.Zh}范围内{segment.Zh}品类的{modifier.Zh}{noun.Zh}，按自然日汇总后按所选时段计算。",
                    $"The {modifier.En} {noun.En} of {segment.En} in {scope.En}, summed by day over the selected period."),
                TypicalQuestions = [$"上个月{scope.Zh}{segment.Zh}的{noun.Zh}"],
                Official = random.Next(4) != 0,
                Family = null,
                ReplacedBy = null,
                Status = MetricStatus.Published,
                Tags = random.Next(10) == 0 ? ["finance-sensitive"] : [],
            };
            if (questions.Count < 4000)
            {
                questions.Add(random.Next(5) switch
                {
                    0 => zh,
                    1 => en,
                    2 => $"上个月{scope.Zh}{segment.Zh}的{modifier.Zh}{noun.Zh}是多少",
                    3 => $"{en} by month last year",
                    _ => Typo(en, random),
                });
                prefixes.Add(random.Next(3) switch
                {
                    0 => zh[..Math.Min(zh.Length, 2 + random.Next(3))],
                    1 => en[..Math.Min(en.Length, 3 + random.Next(5))].ToLowerInvariant(),
                    _ => noun.Zh[..Math.Min(noun.Zh.Length, 2)],
                });
            }
        }
        var hash = $"synthetic{count}seed{seed}".PadRight(64, '0');
        return (new SemanticCatalog(demo.Models, demo.Dimensions, metrics, hash), questions, prefixes);
    }

    /// <summary>Swaps two adjacent letters of the longest word.</summary>
    private static string Typo(string text, Random random)
    {
        var words = text.Split(' ');
        var longest = words.OrderByDescending(w => w.Length).First();
        if (longest.Length < 5) return text;
        var i = 1 + random.Next(longest.Length - 3);
        var chars = longest.ToCharArray();
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return text.Replace(longest, new string(chars), StringComparison.Ordinal);
    }
}
