using System.Collections.Concurrent;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Text.Segmentation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Finds governed metrics for a question by fusing two rankings with reciprocal-rank fusion (k = 60):
/// BM25 over segmented text (jieba + catalog words + bigrams) and dense similarity in a vector store. Each
/// channel first keeps the best document per metric (a metric has many: names, synonyms, descriptions,
/// questions), then ranks metrics. Only published metrics that <c>allow</c> accepts are returned; <c>allow</c>
/// is applied before the top is cut, so a forbidden metric never takes a place.
/// <para>
/// Deprecated metrics: their names, synonyms and questions are indexed, and a match counts for the metric
/// that replaces them (if published). The candidate is then the replacement's id with
/// <see cref="MetricCandidate.Source"/> = "deprecated:&lt;old id&gt;". A deprecated id itself is never returned.
/// </para>
/// <para>
/// <see cref="MetricCandidate.Source"/> otherwise: "lexical", "dense" or "lexical+dense" (which channels found the
/// metric). <see cref="MetricCandidate.Score"/> is the fused score, Σ 1/(60 + rank) over channels (at most ≈ 0.033).
/// When the embedding provider fails at query time, lexical results are returned and the failure is logged.
/// With a remote embedding provider or vector store the two channels run at the same time, so <c>allow</c> may
/// be called from two threads at once (it should be a pure check).
/// </para>
/// Built by <see cref="CatalogIndexer"/>; immutable and thread-safe.
/// </summary>
public sealed class HybridMetricRetriever : IMetricRetriever
{
    private static readonly VectorFilter MetricDocumentsFilter = new()
    {
        Kinds = [RetrievalDocumentKinds.Metric],
        Statuses = [RetrievalDocumentStatus.Published, RetrievalDocumentStatus.Deprecated],
    };

    private readonly RetrievalDocument[] documents;
    private readonly Target[] targets;
    private readonly Dictionary<string, int> targetOf;
    private readonly int[] documentTarget;
    private readonly Bm25Index metricIndex;
    private readonly int[] metricIndexDocuments;
    private readonly Bm25Index dimensionIndex;
    private readonly int[] dimensionIndexDocuments;
    private readonly SuggestionIndex suggestions;
    private readonly MixedTextTokenizer tokenizer;
    private readonly DenseChannel? dense;
    private readonly MetricRetrievalSettings settings;
    private readonly ILogger? logger;
    private readonly ConcurrentBag<TargetScratch> scratches = [];

    /// <param name="successorOf">The catalog's deprecation rule: the published metric that answers for a deprecated one.</param>
    internal HybridMetricRetriever(RetrievalDocumentSet documentSet, IReadOnlyList<IReadOnlyList<string>> tokens, MixedTextTokenizer tokenizer,
        DenseChannel? dense, MetricRetrievalSettings settings, ILogger? logger, Func<string, string?> successorOf)
    {
        documents = documentSet.All.ToArray();
        this.tokenizer = tokenizer;
        this.dense = dense;
        this.settings = settings;
        this.logger = logger;

        // Targets: the published metrics, in document order (metric id order).
        var targetList = new List<Target>();
        targetOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents.Where(d => d.IsMetric))
        {
            if (d.IsDeprecated || targetOf.ContainsKey(d.MetricId!)) continue;
            targetOf[d.MetricId!] = targetList.Count;
            targetList.Add(new Target(d.MetricId!, d.Official));
        }
        foreach (var d in documents.Where(d => d.IsMetric && !d.IsDeprecated))
        {
            var t = targetList[targetOf[d.MetricId!]];
            if (d.Field == RetrievalDocumentFields.NameZh) t.NameZh = d.Text;
            else if (d.Field == RetrievalDocumentFields.NameEn) t.NameEn = d.Text;
        }
        targets = targetList.ToArray();

        documentTarget = new int[documents.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            var d = documents[i];
            documentTarget[i] = !d.IsMetric ? -1
                : d.IsDeprecated ? ResolveReplacement(d.MetricId!, successorOf)
                : targetOf[d.MetricId!];
        }

        // Lexical indexes: metric documents (only those that lead to a target), dimension documents.
        metricIndexDocuments = Enumerable.Range(0, documents.Length).Where(i => documentTarget[i] >= 0).ToArray();
        metricIndex = Bm25Index.Build(metricIndexDocuments.Select(i => tokens[i]).ToArray(), metricIndexDocuments.Select(i => documents[i].Weight).ToArray());
        dimensionIndexDocuments = Enumerable.Range(0, documents.Length).Where(i => !documents[i].IsMetric).ToArray();
        dimensionIndex = Bm25Index.Build(dimensionIndexDocuments.Select(i => tokens[i]).ToArray());

        // Suggestions: names and synonyms (deprecated ones lead to their replacement), questions of published metrics.
        suggestions = new SuggestionIndex(metricIndexDocuments
            .Where(i => RetrievalDocumentFields.IsName(documents[i].Field) || (documents[i].Field == RetrievalDocumentFields.Question && !documents[i].IsDeprecated))
            .Select(i => (i, documents[i].Text)).ToList());

        Info = new RetrievalIndexInfo(documentSet.CatalogHash, documents.Length,
            metricIndexDocuments.Length, targets.Length, metricIndex.TermCount, metricIndex.PostingCount, suggestions.SuffixCount,
            dense?.Collection, dense is not null, false, 0, null, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
    }

    private int ResolveReplacement(string deprecatedId, Func<string, string?> successorOf) =>
        successorOf(deprecatedId) is { } next && targetOf.TryGetValue(next, out var target) ? target : -1;

    /// <summary>Sizes, timings and whether stored vectors were reused.</summary>
    public RetrievalIndexInfo Info { get; internal set; }

    public string CatalogHash => Info.CatalogHash;

    /// <summary>Whether the dense channel takes part (false: lexical only).</summary>
    public bool DenseEnabled => dense is not null;

    public IReadOnlyList<RetrievalDocument> Documents => documents;

    public async Task<IReadOnlyList<MetricCandidate>> RetrieveAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (top <= 0 || string.IsNullOrWhiteSpace(question)) return [];
        var text = Truncate(question);
        var perChannel = Math.Max(settings.CandidatesPerChannel, top * 2);
        // a remote embedding provider or vector store works while BM25 runs here
        var denseTask = dense is null ? null : DenseOrNothing(text, perChannel, top, allow, cancellationToken);
        var lexical = Lexical(text, perChannel, allow);
        var denseHits = denseTask is null ? [] : await denseTask.ConfigureAwait(false);
        return Fuse(lexical, denseHits, top);
    }

    private async Task<List<ChannelHit>> DenseOrNothing(string text, int count, int needed, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        try
        {
            return await Dense(text, count, needed, allow, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger?.LogWarning(e, "Dense retrieval failed; answering from lexical retrieval only");
            return [];
        }
    }

    /// <summary>Lexical retrieval only (BM25), same rules for <c>allow</c>, deprecated metrics and output.</summary>
    public IReadOnlyList<MetricCandidate> RetrieveLexical(string question, int top, Func<string, bool>? allow)
    {
        if (top <= 0 || string.IsNullOrWhiteSpace(question)) return [];
        return Fuse(Lexical(Truncate(question), Math.Max(settings.CandidatesPerChannel, top * 2), allow), [], top);
    }

    /// <summary>Dense retrieval only (embedding + vector store); empty when the dense channel is off.</summary>
    public async Task<IReadOnlyList<MetricCandidate>> RetrieveDenseAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        if (dense is null || top <= 0 || string.IsNullOrWhiteSpace(question)) return [];
        return Fuse([], await Dense(Truncate(question), Math.Max(settings.CandidatesPerChannel, top * 2), top, allow, cancellationToken).ConfigureAwait(false), top);
    }

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Suggest(text, top, allow));
    }

    /// <summary>
    /// Search-box suggestions: metrics (Kind "metric", their name in the language of what matched, with the
    /// official flag) and typical questions (Kind "question"), for text typed so far: the beginning of a name,
    /// synonym or question, a later English word, or any part of Chinese text. When that finds fewer than
    /// <paramref name="top"/>, lexical matches of the whole text fill in (scored lower).
    /// </summary>
    public IReadOnlyList<SearchSuggestion> Suggest(string text, int top, Func<string, bool>? allow)
    {
        if (top <= 0 || string.IsNullOrWhiteSpace(text)) return [];
        var normalized = TextNormalizer.Normalize(Truncate(text));
        if (normalized.Length == 0) return [];

        var bestMetric = new Dictionary<int, (float Score, int Document)>();
        var bestQuestion = new Dictionary<string, (float Score, int Document)>(StringComparer.Ordinal);
        foreach (var match in suggestions.Find(normalized))
        {
            var d = documents[match.Document];
            var target = documentTarget[match.Document];
            if (target < 0) continue;
            if (d.Field == RetrievalDocumentFields.Question)
            {
                var score = match.Score + (targets[target].Official ? 0.02f : 0f);
                if (!bestQuestion.TryGetValue(match.Key, out var q) || score > q.Score) bestQuestion[match.Key] = (score, match.Document);
            }
            else
            {
                // a metric outranks a question matched as well; an old (deprecated) name a little less
                var score = match.Score + 0.05f + (targets[target].Official ? 0.02f : 0f) - (d.IsDeprecated ? 0.1f : 0f);
                if (!bestMetric.TryGetValue(target, out var m) || score > m.Score) bestMetric[target] = (score, match.Document);
            }
        }

        // Rank first, then check allow and build suggestions only for as many as are needed.
        var ranked = new List<(float Score, bool Metric, int Target, int Document)>(bestMetric.Count + bestQuestion.Count);
        foreach (var (target, (score, document)) in bestMetric) ranked.Add((score, true, target, document));
        foreach (var (_, (score, document)) in bestQuestion) ranked.Add((score, false, documentTarget[document], document));
        ranked.Sort((a, b) =>
        {
            if (a.Score != b.Score) return b.Score.CompareTo(a.Score);
            if (a.Metric != b.Metric) return a.Metric ? -1 : 1;
            var byLength = documents[a.Document].Text.Length.CompareTo(documents[b.Document].Text.Length);
            return byLength != 0 ? byLength : a.Document.CompareTo(b.Document);
        });

        var allowed = new Dictionary<int, bool>();
        bool Allowed(int target)
        {
            if (allow is null) return true;
            if (!allowed.TryGetValue(target, out var ok)) allowed[target] = ok = allow(targets[target].Id);
            return ok;
        }

        var result = new List<SearchSuggestion>(top);
        foreach (var (score, metric, target, document) in ranked)
        {
            if (result.Count == top) break;
            if (!Allowed(target)) continue;
            var t = targets[target];
            result.Add(metric
                ? new SearchSuggestion("metric", DisplayName(target, documents[document].Text), t.Id, t.Official, score)
                : new SearchSuggestion("question", documents[document].Text, t.Id, t.Official, score));
        }

        if (result.Count < top && normalized.Length >= 2)
        {
            // fewer completions than asked: lexical matches of the whole text fill in, below every completion
            var rank = 0;
            foreach (var hit in Lexical(normalized, top, allow))
            {
                if (result.Count == top) break;
                rank++;
                if (bestMetric.ContainsKey(hit.Target)) continue;
                var t = targets[hit.Target];
                result.Add(new SearchSuggestion("metric", DisplayName(hit.Target, normalized), t.Id, t.Official, 0.5 / (1 + rank)));
            }
        }
        return result;
    }

    /// <summary>Dimensions and dimension values named in the text (lexical), best first, one per value.</summary>
    public IReadOnlyList<DimensionValueCandidate> MatchDimensionValues(string text, int top)
    {
        if (top <= 0 || string.IsNullOrWhiteSpace(text)) return [];
        var tokens = tokenizer.Tokenize(Truncate(text));
        var best = new Dictionary<(string, string?), (float Score, int Document)>();
        dimensionIndex.Score(tokens, (local, score) =>
        {
            var document = dimensionIndexDocuments[local];
            var d = documents[document];
            var key = (d.DimensionId!, d.Code);
            if (!best.TryGetValue(key, out var b) || score > b.Score || (score == b.Score && document < b.Document)) best[key] = (score, document);
        });
        return best
            .OrderByDescending(p => p.Value.Score).ThenBy(p => p.Value.Document)
            .Take(top)
            .Select(p => new DimensionValueCandidate(p.Key.Item1, p.Key.Item2, p.Value.Score, documents[p.Value.Document].Text))
            .ToList();
    }

    /// <summary>The index terms of a text (for diagnostics).</summary>
    public IReadOnlyList<string> Tokenize(string text) => tokenizer.Tokenize(text);

    private string DisplayName(int target, string matchedText)
    {
        var t = targets[target];
        return LanguageDetector.Of(matchedText) == "zh" ? t.NameZh ?? t.NameEn ?? t.Id : t.NameEn ?? t.NameZh ?? t.Id;
    }

    private static string Truncate(string text) => text.Length > TextNormalizer.MaxLength ? text[..TextNormalizer.MaxLength] : text;

    // ---- channels ---------------------------------------------------------------------------------------

    private List<ChannelHit> Lexical(string text, int count, Func<string, bool>? allow)
    {
        var tokens = tokenizer.Tokenize(text);
        if (tokens.Count == 0) return [];
        var scratch = RentScratch();
        try
        {
            scratch.Begin();
            var visitor = new LexicalVisitor(scratch, metricIndexDocuments, documentTarget);
            metricIndex.Score(tokens, ref visitor);
            return scratch.Select(count, allow, targets);
        }
        finally
        {
            ReturnScratch(scratch);
        }
    }

    /// <summary>
    /// Up to <paramref name="count"/> metrics from the vector store. When <c>allow</c> leaves fewer than
    /// <paramref name="needed"/> of them and the store had more to give, it is asked again for four times as many.
    /// </summary>
    private async Task<List<ChannelHit>> Dense(string text, int count, int needed, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        var channel = dense!;
        var vector = await channel.Generator.GenerateVectorAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (IsZero(vector.Span)) return [];
        var asked = Math.Max(settings.DenseDocumentsPerSearch, count * 4);
        for (var attempt = 0; ; attempt++)
        {
            var hits = await channel.Store.SearchAsync(channel.Collection, vector, asked, MetricDocumentsFilter, cancellationToken).ConfigureAwait(false);
            var scratch = RentScratch();
            try
            {
                scratch.Begin();
                foreach (var hit in hits)
                {
                    if (hit.Score < channel.MinSimilarity || hit.Id >= (ulong)documents.Length) continue;
                    var document = (int)hit.Id;
                    // a collection built for another catalog would not line up: ignore what does not match
                    if (!string.Equals(documents[document].MetricId, hit.Payload.MetricId, StringComparison.Ordinal)) continue;
                    var target = documentTarget[document];
                    if (target >= 0) scratch.Offer(target, hit.Score, document);
                }
                var selected = scratch.Select(count, allow, targets);
                if (selected.Count >= Math.Min(count, needed) || hits.Count < asked || attempt >= 2 || asked >= 8192) return selected;
            }
            finally
            {
                ReturnScratch(scratch);
            }
            asked *= 4;
        }
    }

    private static bool IsZero(ReadOnlySpan<float> vector)
    {
        foreach (var x in vector) if (x != 0) return false;
        return true;
    }

    private List<MetricCandidate> Fuse(List<ChannelHit> lexical, List<ChannelHit> denseHits, int top)
    {
        var fused = new Dictionary<int, Fused>();
        for (var r = 0; r < lexical.Count; r++)
            fused[lexical[r].Target] = new Fused { LexicalRank = r + 1, LexicalDocument = lexical[r].Document };
        for (var r = 0; r < denseHits.Count; r++)
        {
            if (!fused.TryGetValue(denseHits[r].Target, out var f)) fused[denseHits[r].Target] = f = new Fused();
            f.DenseRank = r + 1;
            f.DenseDocument = denseHits[r].Document;
        }
        var k = settings.RrfK;
        return fused
            .Select(p => (Target: p.Key, F: p.Value, Score: (p.Value.LexicalRank > 0 ? 1.0 / (k + p.Value.LexicalRank) : 0) + (p.Value.DenseRank > 0 ? 1.0 / (k + p.Value.DenseRank) : 0)))
            // equal fused scores: the better lexical rank (exact words beat similar vectors), then the official metric
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.F.LexicalRank > 0 ? x.F.LexicalRank : int.MaxValue)
            .ThenByDescending(x => targets[x.Target].Official)
            .ThenBy(x => x.Target)
            .Take(top)
            .Select(x => Candidate(x.Target, x.F, x.Score))
            .ToList();
    }

    private MetricCandidate Candidate(int target, Fused f, double score)
    {
        // The document that speaks for the metric: from the channel that ranked it higher (lexical on a tie).
        var useLexical = f.LexicalRank > 0 && (f.DenseRank == 0 || f.LexicalRank <= f.DenseRank);
        var document = documents[useLexical ? f.LexicalDocument : f.DenseDocument];
        var source = document.IsDeprecated ? "deprecated:" + document.MetricId
            : f.LexicalRank > 0 && f.DenseRank > 0 ? "lexical+dense"
            : f.LexicalRank > 0 ? "lexical" : "dense";
        return new MetricCandidate(targets[target].Id, score, document.Text, source);
    }

    private TargetScratch RentScratch() => scratches.TryTake(out var s) ? s : new TargetScratch(targets.Length);

    private void ReturnScratch(TargetScratch scratch)
    {
        if (scratches.Count < Environment.ProcessorCount * 2) scratches.Add(scratch);
    }

    private sealed class Target(string id, bool official)
    {
        public string Id { get; } = id;
        public bool Official { get; } = official;
        public string? NameZh { get; set; }
        public string? NameEn { get; set; }
    }

    private readonly record struct ChannelHit(int Target, float Score, int Document);

    private sealed class Fused
    {
        public int LexicalRank;
        public int LexicalDocument;
        public int DenseRank;
        public int DenseDocument;
    }

    private struct LexicalVisitor(TargetScratch scratch, int[] localToDocument, int[] documentTarget) : Bm25Index.IScoreVisitor
    {
        public void Visit(int local, float score)
        {
            var document = localToDocument[local];
            scratch.Offer(documentTarget[document], score, document);
        }
    }

    /// <summary>Best score and document per target for one query, with generation stamps instead of clearing.</summary>
    private sealed class TargetScratch(int size)
    {
        private readonly float[] best = new float[size];
        private readonly int[] bestDocument = new int[size];
        private readonly int[] stamp = new int[size];
        private readonly List<int> touched = [];
        private int generation;

        public void Begin()
        {
            touched.Clear();
            if (++generation == int.MaxValue)
            {
                Array.Clear(stamp);
                generation = 1;
            }
        }

        public void Offer(int target, float score, int document)
        {
            if (stamp[target] != generation)
            {
                stamp[target] = generation;
                best[target] = score;
                bestDocument[target] = document;
                touched.Add(target);
            }
            else if (score > best[target] || (score == best[target] && document < bestDocument[target]))
            {
                best[target] = score;
                bestDocument[target] = document;
            }
        }

        /// <summary>The <paramref name="count"/> best targets that <paramref name="allow"/> accepts, best first (ties: official, then id order).</summary>
        public List<ChannelHit> Select(int count, Func<string, bool>? allow, Target[] targets)
        {
            // min-heap of the current best `count`, worst at the root
            var heap = new List<int>(Math.Min(count, touched.Count) + 1);
            foreach (var t in touched)
            {
                if (heap.Count == count && !Better(t, heap[0], targets)) continue;
                if (allow is not null && !allow(targets[t].Id)) continue;
                if (heap.Count < count)
                {
                    heap.Add(t);
                    SiftUp(heap, heap.Count - 1, targets);
                }
                else
                {
                    heap[0] = t;
                    SiftDown(heap, 0, targets);
                }
            }
            heap.Sort((a, b) => Better(a, b, targets) ? -1 : Better(b, a, targets) ? 1 : 0);
            return heap.Select(t => new ChannelHit(t, best[t], bestDocument[t])).ToList();
        }

        private bool Better(int a, int b, Target[] targets)
        {
            if (best[a] != best[b]) return best[a] > best[b];
            if (targets[a].Official != targets[b].Official) return targets[a].Official;
            return a < b;
        }

        private void SiftUp(List<int> heap, int i, Target[] targets)
        {
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!Better(heap[parent], heap[i], targets)) break;
                (heap[parent], heap[i]) = (heap[i], heap[parent]);
                i = parent;
            }
        }

        private void SiftDown(List<int> heap, int i, Target[] targets)
        {
            while (true)
            {
                var left = 2 * i + 1;
                var right = left + 1;
                var worst = i;
                if (left < heap.Count && Better(heap[worst], heap[left], targets)) worst = left;
                if (right < heap.Count && Better(heap[worst], heap[right], targets)) worst = right;
                if (worst == i) return;
                (heap[worst], heap[i]) = (heap[i], heap[worst]);
                i = worst;
            }
        }
    }

    /// <summary>The dense side: embedding generator, store and collection.</summary>
    internal sealed record DenseChannel(IEmbeddingGenerator<string, Embedding<float>> Generator, IVectorStore Store, string Collection, float MinSimilarity);
}
