using System.Diagnostics;
using MetricAssistant.Application.Asking;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Snapshots;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.FollowUp;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// <c>reader-parts CATALOG_FOLDER INDEX_FOLDER [--runs N]</c>: the question reader's parts one after the other on one
/// thread, in wall and CPU seconds, over a catalog folder the <c>startup</c> bench wrote (its index folder holds the
/// catalog snapshot): the tables derived from the lexicon, built (lexicon, qualified names, the three typo matchers)
/// and read back from <c>reader-tables.masnap</c>, then the concept tables no snapshot holds (signatures, concept
/// reader and scorer), then the whole reader as a start builds it from the tables read (the signatures by then worked
/// out) and the follow-up interpreter; each with the bytes it allocated. The catalog's own words are not taught to jieba here.
/// </summary>
public static class ReaderPartsBenchmarks
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 3 && args[2] == "--runs" ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2;
        using var self = Process.GetCurrentProcess();
        var watch = Stopwatch.StartNew();
        var cpu = self.TotalProcessorTime;
        // allocations as well as time: a start's garbage collections (about a third of its CPU) follow what it allocates
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        void Phase(string name)
        {
            self.Refresh();
            var now = GC.GetAllocatedBytesForCurrentThread();
            Console.WriteLine($"  {name,-44} {watch.Elapsed.TotalSeconds,6:F2} s wall {(self.TotalProcessorTime - cpu).TotalSeconds,6:F2} s CPU {(now - allocated) / 1048576.0,7:F0} MiB allocated");
            cpu = self.TotalProcessorTime;
            allocated = now;
            watch.Restart();
        }
        var catalog = new CatalogLoader(new CatalogSnapshot(args[1])).Load(args[0]).Catalog ?? throw new InvalidOperationException("the catalog has problems");
        Console.WriteLine($"reader-parts: {catalog.Metrics.Count:N0} metrics");
        Phase("catalog load");
        var directory = Path.Combine(Path.GetTempPath(), "ma-reader-parts-" + Guid.NewGuid().ToString("N"));
        try
        {
            var snapshot = new ReaderTableSnapshot(directory);
            var key = ReaderTableSnapshot.KeyFor(catalog.ContentHash, typeof(UnderstandingProvider).Assembly, typeof(SemanticCatalog).Assembly);
            for (var run = 1; run <= runs; run++)
            {
                Console.WriteLine($"run {run}");
                var lexicon = new CatalogLexicon(catalog);
                Phase($"lexicon ({lexicon.Count:N0} terms)");
                var qualified = new QualifiedTerms(lexicon);
                Phase("qualified names");
                var english = new EnglishTypoMatcher(lexicon);
                Phase("English typos");
                var chinese = new ChineseTypoMatcher(lexicon);
                Phase("Chinese typos");
                var values = new ValueTypoMatcher(lexicon);
                Phase("value typos");
                GC.KeepAlive((qualified, english, chinese, values));
                if (!snapshot.TryWrite(key, ReaderTables.Build(lexicon), out var failure)) throw new IOException(failure);
                watch.Restart();
                cpu = self.TotalProcessorTime;
                allocated = GC.GetAllocatedBytesForCurrentThread();
                var read = snapshot.TryRead(key, out var rejected, out _) ?? throw new InvalidDataException(rejected);
                Phase($"all of these read back ({new FileInfo(snapshot.Path).Length / 1048576.0:F0} MiB)");
                GC.KeepAlive(read);
                _ = catalog.Signatures;
                Phase("signatures (first use per catalog object)");
                _ = new ConceptReader(catalog, ConceptVocabulary.Default);
                Phase("concept reader");
                _ = new ConceptScorer(catalog, ConceptVocabulary.Default);
                Phase("concept scorer");
                _ = new QuestionUnderstanding(catalog, read, new TimeExpressionResolver(), null);
                Phase("whole reader from the tables read");
                _ = new FollowUpInterpreter(catalog, read.Lexicon, new TimeExpressionResolver());
                Phase("follow-up interpreter");
            }
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
        return 0;
    }
}
