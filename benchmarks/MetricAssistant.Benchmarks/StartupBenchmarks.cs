using System.Diagnostics;
using System.Globalization;
using MetricAssistant.Application.Asking;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Snapshots;
using MetricAssistant.Infrastructure;
using MetricAssistant.Retrieval;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text.Segmentation;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// <c>startup [metrics ...] [--runs N]</c> (default 500 and 100000, 2 warm runs): how long a fresh replica takes
/// to answer its first question. For each size a catalog folder is written (the repository's catalog plus
/// generated metrics, YAML), then this program starts itself as a child process, once with an empty index folder
/// (cold: every vector computed and the index file written) and then N times with the file in place (warm). The
/// child starts as the service does and times each phase from the process's own start: runtime, catalog load (YAML,
/// validation) with jieba's dictionary loading alongside, then the retrieval index (documents, tokenising, BM25,
/// vectors computed or read) and the understanding reader (lexicon, typo and concept tables) built side by side, and
/// the first question understood; then managed memory and RSS.
/// </summary>
public static class StartupBenchmarks
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = new List<int>();
        var runs = 2;
        string? kept = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs") runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--folder") kept = args[++i];
            else sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
        }
        if (sizes.Count == 0) sizes.AddRange([500, 100_000]);
        // --folder keeps the generated catalogs and index files there, so later runs start warm (runs 0: warm only)
        var root = kept is null ? Path.Combine(Path.GetTempPath(), "ma-startup-bench-" + Guid.NewGuid().ToString("N")) : Path.GetFullPath(kept);
        try
        {
            foreach (var size in sizes)
            {
                var folder = Path.Combine(root, size.ToString(CultureInfo.InvariantCulture));
                var catalog = Path.Combine(folder, "catalog");
                var index = Path.Combine(folder, "index");
                var watch = Stopwatch.StartNew();
                var questionFile = Path.Combine(folder, "question.txt");
                var reuse = kept is not null && File.Exists(questionFile) && Directory.Exists(index);
                var question = reuse ? File.ReadAllText(questionFile) : SyntheticCatalogFolder.Write(RepositoryRoot.Locate().Resolve("catalog"), catalog, size, seed: 42);
                if (!reuse) File.WriteAllText(questionFile, question);
                Console.WriteLine($"startup: catalog of {size:N0} generated metrics (+ the demo catalog) {(reuse ? "reused" : "written")} in {catalog} in {watch.Elapsed.TotalSeconds:F1} s; first question \"{question}\"");
                for (var run = reuse ? 1 : 0; run <= Math.Max(runs, reuse ? 1 : 0); run++)
                {
                    var code = await ChildAsync(run == 0 ? "cold" : $"warm {run}", catalog, index, question);
                    if (code != 0) return code;
                }
                Console.WriteLine($"startup: index folder {Directory.EnumerateFiles(index).Sum(f => new FileInfo(f).Length) / 1048576.0:F1} MiB");
            }
            return 0;
        }
        finally
        {
            if (kept is null) try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<int> ChildAsync(string label, string catalog, string index, string question)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "startup-run", label, catalog, index, question }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        while (await process.StandardOutput.ReadLineAsync() is { } line) Console.WriteLine(line);
        await process.WaitForExitAsync();
        return process.ExitCode;
    }

    /// <summary>The child: one replica's start-up, phase by phase, then its memory.</summary>
    public static async Task<int> RunChildAsync(string[] args)
    {
        var (label, catalogFolder, index, question) = (args[0], args[1], args[2], args[3]);
        using var self = Process.GetCurrentProcess();
        var beforeMain = TimeProvider.System.GetLocalNow().DateTime - self.StartTime;
        // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours
        var phases = new List<(string Name, TimeSpan Time, TimeSpan Cpu)> { ("process start to Main (runtime)", beforeMain, self.TotalProcessorTime) };
        var watch = Stopwatch.StartNew();
        var cpu = self.TotalProcessorTime;
        TimeSpan Cpu()
        {
            self.Refresh();
            var now = self.TotalProcessorTime;
            var spent = now - cpu;
            cpu = now;
            return spent;
        }
        void Phase(string name)
        {
            var wall = watch.Elapsed;
            phases.Add((name, wall, Cpu()));
            watch.Restart();
        }

        // as the service starts (StartupChecks): jieba's dictionary loads on a pool thread while the catalog is read,
        // so the catalog phase's CPU includes the dictionary's; what is left of its wait falls in the indexer's first
        // phase (teaching jieba the catalog's words waits for it)
        var jieba = MixedTextTokenizer.PreloadAsync();
        // as the service composes it (CatalogOptions.SnapshotDirectory): the start-up snapshot beside the vector index
        var loaded = new CatalogLoader(new CatalogSnapshot(index)).Load(catalogFolder);
        var catalog = loaded.Catalog ?? throw new InvalidOperationException("catalog has problems: " + string.Join("; ", loaded.Problems.Take(5).Select(p => p.ToString())));
        Phase((loaded.Snapshot?.Outcome == CatalogSnapshotOutcome.Read ? "catalog load (files hashed, snapshot read)" : "catalog load (YAML, validation, snapshot written)") + ", jieba dictionary alongside");
        var store = new EmbeddedVectorStore(index);
        // as the service composes it (AddMetricRetrieval): vectors and document tokens both kept in the index folder;
        // and as it starts (StartupChecks): the retrieval index and the question reader are built side by side, the
        // reader holding the retriever that is still being built (CatalogMetricRetriever does the same)
        var indexing = Task.Run(() => new CatalogIndexer(new HashingEmbeddingGenerator(), store, tokenCache: new FileDocumentTokenCache(index), jiebaWords: new JiebaWordSnapshot(index), bm25: new Bm25Snapshot(index)).BuildAsync(catalog, CancellationToken.None));
        var readerWatch = Stopwatch.StartNew();
        // as the service composes it: the reader's derived tables kept beside the catalog snapshot
        var reader = new UnderstandingProvider(new TimeExpressionResolver(), new PendingRetriever(indexing), snapshot: new ReaderTableSnapshot(index)).For(catalog);
        var readerWall = readerWatch.Elapsed;
        var retriever = await indexing;
        var bothWall = watch.Elapsed;
        var bothCpu = Cpu();
        phases.Add(("retrieval index and understanding reader, side by side", bothWall, bothCpu));
        watch.Restart();
        var info = retriever.Info;
        // the indexer's own stopwatches split its part; the two parts share the CPU, so these lines give wall time only
        var documents = info.TotalTime - info.TokenizeTime - info.DenseTime - info.LexicalTime;
        void Part(string name, TimeSpan wall) => phases.Add(("  " + name, wall, TimeSpan.MinValue));
        Part("retrieval: documents, jieba words (+ dictionary wait)", documents);
        Part(info.Bm25Reused ? "retrieval: BM25 indexes read (no tokens needed)" : info.TokensReused ? "retrieval: tokens read from the token cache" : "retrieval: tokenise (and cache the tokens)", info.TokenizeTime);
        Part(info.DenseReused ? "retrieval: vectors read from the index file" : "retrieval: vectors computed, file written", info.DenseTime);
        Part(info.Bm25Reused ? "retrieval: target table, channels" : "retrieval: BM25 indexes (built, kept)", info.LexicalTime);
        Part("understanding reader (lexicon and typo tables read or built, concept tables)", readerWall);
        var result = await reader.UnderstandAsync(question, new DateTime(2026, 12, 4, 10, 0, 0, DateTimeKind.Unspecified), null, CancellationToken.None);
        Phase("first question understood (concept index on first use)");
        var total = TimeProvider.System.GetLocalNow().DateTime - self.StartTime;

        var prefix = $"[{catalog.Metrics.Count:N0} metrics, {label}]";
        foreach (var (name, time, spent) in phases)
            Console.WriteLine($"{prefix} {name,-58} {time.TotalSeconds,7:F2} s wall" + (spent == TimeSpan.MinValue ? "" : $" {spent.TotalSeconds,7:F2} s CPU"));
        self.Refresh();
        Console.WriteLine($"{prefix} {"FIRST ANSWER after process start",-58} {total.TotalSeconds,7:F2} s wall {self.TotalProcessorTime.TotalSeconds,7:F2} s CPU" +
                          $"   ({info.Documents:N0} documents, tokens reused: {info.TokensReused}, vectors reused: {info.DenseReused}; {result.Outcome}: {string.Join(",", result.Query?.Metrics ?? result.Alternatives)})");
        // before Managed(), which collects: the collections the start itself paid for
        var (gen0, gen1, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var managed = RetrievalBenchmarks.Managed();
        self.Refresh();
        Console.WriteLine($"{prefix} memory: managed {managed / 1048576.0:F0} MiB, RSS {self.WorkingSet64 / 1048576.0:F0} MiB, peak RSS {self.PeakWorkingSet64 / 1048576.0:F0} MiB" +
                          $" (vector search structure ≈ {store.EstimateBytes(info.VectorCollection!) / 1048576.0:F0} MiB)");
        Console.WriteLine($"{prefix} garbage collections: {gen0} (gen1 {gen1}, gen2 {gen2}), paused {paused.TotalSeconds:F2} s; {allocated / 1048576.0:N0} MiB allocated");
        // the machine's load beside each start: wall time on a shared machine follows it
        if (File.Exists("/proc/loadavg")) Console.WriteLine($"{prefix} load average (1, 5, 15 min): {string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))}");
        GC.KeepAlive(retriever);
        GC.KeepAlive(reader);
        await jieba;
        return 0;
    }

    /// <summary>The retriever a reader holds while the index is still being built: a question waits for the build.</summary>
    private sealed class PendingRetriever(Task<HybridMetricRetriever> build) : IMetricRetriever
    {
        public async Task<IReadOnlyList<MetricCandidate>> RetrieveAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken) =>
            await (await build.WaitAsync(cancellationToken)).RetrieveAsync(question, top, allow, cancellationToken);

        public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int top, Func<string, bool>? allow, CancellationToken cancellationToken) =>
            await (await build.WaitAsync(cancellationToken)).SuggestAsync(text, top, allow, cancellationToken);
    }
}
