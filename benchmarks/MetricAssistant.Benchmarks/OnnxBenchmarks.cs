using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Infrastructure;
using MetricAssistant.Retrieval;
using MetricAssistant.Retrieval.Tests;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// <c>onnx [MODEL.onnx VOCAB.txt] [runs] [--cls]</c>: the onnx embedding provider on the demo catalog's names,
/// synonyms and typical questions: model load, per-sentence latency (one text a call, p50/p95/p99), throughput in
/// batches, and a cold dense index build of the demo catalog. Without a model it times the hand-built test model
/// (a table lookup, 384 wide, vocabulary from the catalog): what the generator itself costs around a model
/// (tokenising, tensors, ONNX Runtime's call, pooling), not what a real encoder's layers cost.
/// </summary>
public static partial class OnnxBenchmarks
{
    public static async Task<int> RunAsync(string[] args)
    {
        var pooling = args.Contains("--cls") ? OnnxPooling.Cls : OnnxPooling.Mean;
        var rest = args.Where(a => a != "--cls").ToArray();
        var root = RepositoryRoot.Locate();
        var catalog = new CatalogLoader().Load(root.Resolve("catalog")).Catalog ?? throw new InvalidOperationException("catalog has problems");
        var sentences = catalog.Metrics.Values.SelectMany(m => new[] { m.Name.Zh, m.Name.En }.Concat(m.Synonyms).Concat(m.TypicalQuestions)).Distinct().ToList();
        var folder = Path.Combine(Path.GetTempPath(), "ma-onnx-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            string model, vocab;
            int runs;
            if (rest.Length >= 2 && rest[0].EndsWith(".onnx", StringComparison.OrdinalIgnoreCase))
            {
                (model, vocab) = (rest[0], rest[1]);
                runs = rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : 2000;
                Console.WriteLine($"onnx: {model} ({new FileInfo(model).Length / 1048576.0:F1} MiB), {vocab}");
            }
            else
            {
                runs = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 20000;
                var words = Directory.EnumerateFiles(root.Resolve("catalog"), "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .SelectMany(f => Token().Matches(File.ReadAllText(f).ToLowerInvariant()).Select(m => m.Value));
                var tiny = new TinyOnnxModel(TinyOnnxModel.Vocab(words), width: 384);
                (model, vocab) = tiny.Write(folder, "tiny");
                Console.WriteLine($"onnx: hand-built test model (Gather over a {tiny.Vocabulary.Count}×384 table, {new FileInfo(model).Length / 1048576.0:F1} MiB)");
            }

            var watch = Stopwatch.StartNew();
            using var generator = new OnnxEmbeddingGenerator(new OnnxEmbeddingSettings(model, vocab, Pooling: pooling));
            Console.WriteLine($"load {watch.Elapsed.TotalMilliseconds:F0} ms (session + fingerprint); {generator.Dimensions} dimensions, pooling {pooling}, model id {generator.ModelId}");
            Console.WriteLine($"{sentences.Count} distinct catalog sentences (names, synonyms, typical questions), {Environment.ProcessorCount} cores");

            for (var i = 0; i < 50; i++) generator.Embed([sentences[i % sentences.Count]], CancellationToken.None); // warm-up
            var samples = new List<double>(runs);
            for (var i = 0; i < runs; i++)
            {
                var started = Stopwatch.GetTimestamp();
                generator.Embed([sentences[i % sentences.Count]], CancellationToken.None);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            samples.Sort();
            Console.WriteLine($"one sentence a call: p50 {Percentile(samples, 0.5):0.000} ms   p95 {Percentile(samples, 0.95):0.000} ms   p99 {Percentile(samples, 0.99):0.000} ms   ({runs} calls)");

            foreach (var batch in new[] { 16, 128 })
            {
                var rounds = Math.Max(1, runs / batch);
                watch.Restart();
                for (var r = 0; r < rounds; r++)
                    generator.Embed(Enumerable.Range(r * batch, batch).Select(i => sentences[i % sentences.Count]).ToList(), CancellationToken.None);
                var perSentence = watch.Elapsed.TotalMilliseconds / (rounds * batch);
                Console.WriteLine($"batches of {batch,3}: {perSentence:0.000} ms a sentence, {1000 / perSentence:N0} sentences/s");
            }

            watch.Restart();
            var retriever = await new CatalogIndexer(generator, new EmbeddedVectorStore(Path.Combine(folder, "index"))).BuildAsync(catalog, CancellationToken.None);
            Console.WriteLine($"demo catalog dense index, cold: {retriever.Info.EmbeddedDocuments} documents embedded in {retriever.Info.DenseTime.TotalSeconds:F2} s (whole build {watch.Elapsed.TotalSeconds:F2} s)");
            return 0;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|[a-z]+")]
    private static partial Regex Token();
}
