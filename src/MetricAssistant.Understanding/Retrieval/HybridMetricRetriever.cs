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
    private readonly MetricTargetTable table;
    private readonly LexicalMetricChannel lexical;
    private readonly DenseMetricChannel? dense;
    private readonly MetricSuggester suggester;
    private readonly Bm25Index dimensionIndex;
    private readonly int[] dimensionIndexDocuments;
    private readonly MixedTextTokenizer tokenizer;
    private readonly MetricRetrievalSettings settings;
    private readonly ILogger? logger;

    /// <param name="successorOf">The catalog's deprecation rule: the published metric that answers for a deprecated one.</param>
    /// <param name="tokens">Each document's tokens, to build the BM25 indexes from; not needed when <paramref name="kept"/> holds them.</param>
    /// <param name="kept">The BM25 indexes read back from a <see cref="Bm25Snapshot"/> (<see cref="InvalidDataException"/> when they do not fit the documents).</param>
    internal HybridMetricRetriever(RetrievalDocumentSet documentSet, IReadOnlyList<IReadOnlyList<string>>? tokens, Bm25Indexes? kept, MixedTextTokenizer tokenizer,
        DenseChannel? dense, MetricRetrievalSettings settings, ILogger? logger, Func<string, string?> successorOf)
    {
        if (tokens is null && kept is null) throw new ArgumentException("tokens or the kept BM25 indexes are needed", nameof(tokens));
        var documents = documentSet.All.ToArray();
        this.tokenizer = tokenizer;
        this.settings = settings;
        this.logger = logger;

        table = MetricTargetTable.Build(documents, successorOf);
        // one pool for both channels: each query rents one scratch per channel
        var scratches = new TargetScratchPool(table.Targets.Length);
        lexical = new LexicalMetricChannel(tokenizer, table, tokens, kept?.Metrics, scratches);
        this.dense = dense is null ? null : new DenseMetricChannel(dense, table, scratches, settings.DenseDocumentsPerSearch);
        dimensionIndexDocuments = Enumerable.Range(0, documents.Length).Where(i => !documents[i].IsMetric).ToArray();
        dimensionIndex = kept?.Dimensions ?? Bm25Index.Build(dimensionIndexDocuments.Select(i => tokens![i]).ToArray());
        if (dimensionIndex.DocumentCount != dimensionIndexDocuments.Length) throw new InvalidDataException($"a BM25 index of {dimensionIndex.DocumentCount} dimension documents for {dimensionIndexDocuments.Length}");
        suggester = new MetricSuggester(table, lexical);

        Info = new RetrievalIndexInfo(documentSet.CatalogHash, documents.Length,
            lexical.IndexDocuments.Length, table.Targets.Length, lexical.Index.TermCount, lexical.Index.PostingCount,
            dense?.Collection, dense is not null, false, 0, null, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
    }

    /// <summary>The BM25 indexes, to keep in a <see cref="Bm25Snapshot"/>.</summary>
    internal Bm25Indexes Bm25 => new(lexical.Index, dimensionIndex);

    /// <summary>Sizes, timings and whether stored vectors were reused.</summary>
    public RetrievalIndexInfo Info { get; internal set; }

    public string CatalogHash => Info.CatalogHash;

    /// <summary>Suffixes in the search-box completion index (this builds it, or waits for its build).</summary>
    public int SuggestionSuffixes => suggester.SuffixCount;

    /// <summary>
    /// Builds the search-box completion index in the background. It is not built with the retriever: over a large
    /// catalog it is seconds of CPU a starting replica needs for its reader, and no question uses it. Without this
    /// call the first completion builds it.
    /// </summary>
    public Task PrepareSuggestionsAsync() => suggester.PrepareAsync();

    /// <summary>Whether the completion index has been built.</summary>
    public bool SuggestionsPrepared => suggester.IsPrepared;

    /// <summary>Whether the dense channel takes part (false: lexical only).</summary>
    public bool DenseEnabled => dense is not null;

    public IReadOnlyList<RetrievalDocument> Documents => table.Documents;

    public async Task<IReadOnlyList<MetricCandidate>> RetrieveAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (top <= 0 || string.IsNullOrWhiteSpace(question)) return [];
        var text = Truncate(question);
        var perChannel = Math.Max(settings.CandidatesPerChannel, top * 2);
        // a remote embedding provider or vector store works while BM25 runs here
        var denseTask = dense is null ? null : DenseOrNothing(dense, text, perChannel, top, allow, cancellationToken);
        var lexicalHits = lexical.Search(text, perChannel, allow);
        var denseHits = denseTask is null ? [] : await denseTask.ConfigureAwait(false);
        return Fuse(lexicalHits, denseHits, top);
    }

    private async Task<List<ChannelHit>> DenseOrNothing(DenseMetricChannel channel, string text, int count, int needed, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        try
        {
            return await channel.SearchAsync(text, count, needed, allow, cancellationToken).ConfigureAwait(false);
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
        return Fuse(lexical.Search(Truncate(question), Math.Max(settings.CandidatesPerChannel, top * 2), allow), [], top);
    }

    /// <summary>Dense retrieval only (embedding + vector store); empty when the dense channel is off.</summary>
    public async Task<IReadOnlyList<MetricCandidate>> RetrieveDenseAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        if (dense is null || top <= 0 || string.IsNullOrWhiteSpace(question)) return [];
        return Fuse([], await dense.SearchAsync(Truncate(question), Math.Max(settings.CandidatesPerChannel, top * 2), top, allow, cancellationToken).ConfigureAwait(false), top);
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
        return suggester.Suggest(Truncate(text), top, allow);
    }

    /// <summary>Dimensions and dimension values named in the text (lexical), best first, one per value.</summary>
    public IReadOnlyList<DimensionValueCandidate> MatchDimensionValues(string text, int top)
    {
        if (top <= 0 || string.IsNullOrWhiteSpace(text)) return [];
        var tokens = tokenizer.Tokenize(Truncate(text));
        var documents = table.Documents;
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

    private List<MetricCandidate> Fuse(List<ChannelHit> lexicalHits, List<ChannelHit> denseHits, int top) =>
        ReciprocalRankFusion.Fuse(lexicalHits, denseHits, top, settings.RrfK, table);

    private static string Truncate(string text) => text.Length > TextNormalizer.MaxLength ? text[..TextNormalizer.MaxLength] : text;

    /// <summary>The dense side as the indexer sets it up: embedding generator, store and collection.</summary>
    internal sealed record DenseChannel(IEmbeddingGenerator<string, Embedding<float>> Generator, IVectorStore Store, string Collection, float MinSimilarity);
}
