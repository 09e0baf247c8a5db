using System.Diagnostics;
using System.Text;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text.Segmentation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Builds a <see cref="HybridMetricRetriever"/> for a catalog:
/// <list type="number">
/// <item>documents (<see cref="RetrievalDocumentSet"/>);</item>
/// <item>catalog words taught to jieba, documents tokenised, BM25 and suggestion indexes built (always, in memory);</item>
/// <item>dense vectors: the collection is named after the catalog's content hash and the embedding (provider,
/// model, dimensions, document scheme). When the store already holds that collection, complete, it is reused and
/// nothing is embedded; otherwise it is (re)built. So vectors are recomputed only when the catalog or the
/// embedding changes.</item>
/// </list>
/// Without an embedding generator or a vector store the retriever is lexical only. When the dense side fails
/// (provider unreachable) the retriever is lexical only and <see cref="RetrievalIndexInfo.DenseError"/> says why,
/// unless <see cref="MetricRetrievalSettings.FailOnDenseError"/>.
/// </summary>
public sealed class CatalogIndexer : ICatalogIndexer
{
    private readonly IEmbeddingGenerator<string, Embedding<float>>? embeddings;
    private readonly IVectorStore? store;
    private readonly MetricRetrievalSettings settings;
    private readonly ILogger? logger;

    private readonly IDocumentTokenCache? tokenCache;
    private readonly JiebaWordSnapshot? jiebaWords;
    private readonly Bm25Snapshot? bm25;

    /// <param name="jiebaWords">Where the catalog's words taught to jieba are kept between starts (replayed instead of taught again).</param>
    /// <param name="bm25">Where the BM25 indexes are kept between starts (read instead of built from the tokens).</param>
    public CatalogIndexer(IEmbeddingGenerator<string, Embedding<float>>? embeddings, IVectorStore? store, MetricRetrievalSettings? settings = null, ILogger<CatalogIndexer>? logger = null,
        IDocumentTokenCache? tokenCache = null, JiebaWordSnapshot? jiebaWords = null, Bm25Snapshot? bm25 = null)
    {
        this.jiebaWords = jiebaWords;
        this.bm25 = bm25;
        this.embeddings = embeddings;
        this.store = store;
        this.settings = settings ?? new MetricRetrievalSettings();
        this.logger = logger;
        this.tokenCache = tokenCache;
    }

    /// <summary>An indexer without dense retrieval.</summary>
    public static CatalogIndexer LexicalOnly(MetricRetrievalSettings? settings = null) => new(null, null, settings);

    public async Task<HybridMetricRetriever> BuildAsync(SemanticCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var total = Stopwatch.StartNew();
        var documents = RetrievalDocumentSet.Build(catalog);

        var watch = Stopwatch.StartNew();
        // Teaching jieba the catalog's words waits for its dictionary and segments every word; nothing but segmenting
        // needs it, so it runs beside reading the cached tokens, the vectors and BM25, and the retriever (whose
        // questions are segmented) is handed out only once it is done.
        var taught = Task.Run(() =>
        {
            if (jiebaWords is null) MixedTextTokenizer.AddCatalogTerms(catalog);
            else MixedTextTokenizer.AddCatalogTerms(catalog, jiebaWords);
        }, CancellationToken.None);
        // The BM25 indexes are all the tokens are for: when they are kept, the tokens are not read at all.
        var bm25Key = Bm25Snapshot.KeyFor(documents.CatalogHash);
        var kept = bm25?.TryRead(bm25Key);
        var (tokens, tokensReused) = kept is null ? await TokenizeAsync(documents, taught, cancellationToken).ConfigureAwait(false) : (null, true);
        var tokenizeTime = watch.Elapsed;

        watch.Restart();
        HybridMetricRetriever.DenseChannel? dense = null;
        var reused = false;
        var embedded = 0;
        string? error = null;
        if (embeddings is not null && store is not null)
        {
            try
            {
                (dense, reused, embedded) = await BuildDenseAsync(documents, embeddings, store, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && !settings.FailOnDenseError)
            {
                error = e.GetType().Name + ": " + e.Message;
                logger?.LogWarning(e, "Dense retrieval index could not be built; retrieval is lexical only");
            }
        }
        var denseTime = watch.Elapsed;

        cancellationToken.ThrowIfCancellationRequested();
        watch.Restart();
        HybridMetricRetriever retriever;
        try
        {
            retriever = new HybridMetricRetriever(documents, tokens, kept, MixedTextTokenizer.Instance, dense, settings, logger, id => catalog.SuccessorOf(id)?.Id);
        }
        catch (InvalidDataException e) when (kept is not null)
        {
            logger?.LogWarning("BM25 indexes {File} do not fit the documents ({Reason}); they are built again", bm25!.FilePath, e.Message);
            (kept, (tokens, tokensReused)) = (null, await TokenizeAsync(documents, taught, cancellationToken).ConfigureAwait(false));
            retriever = new HybridMetricRetriever(documents, tokens, null, MixedTextTokenizer.Instance, dense, settings, logger, id => catalog.SuccessorOf(id)?.Id);
        }
        if (kept is null) bm25?.Write(bm25Key, retriever.Bm25);
        var lexicalTime = watch.Elapsed;
        await taught.ConfigureAwait(false);
        retriever.Info = retriever.Info with
        {
            DenseReused = reused,
            EmbeddedDocuments = embedded,
            DenseError = error,
            TokenizeTime = tokenizeTime,
            LexicalTime = lexicalTime,
            DenseTime = denseTime,
            TotalTime = total.Elapsed,
            TokensReused = tokensReused,
            Bm25Reused = kept is not null,
        };
        logger?.LogInformation("Retrieval index for catalog {Hash}: {Documents} documents, dense {Dense} ({Collection}, reused {Reused}, embedded {Embedded}) in {Ms} ms",
            catalog.ContentHash[..Math.Min(12, catalog.ContentHash.Length)], documents.All.Count, dense is not null, dense?.Collection, reused, embedded, (int)total.Elapsed.TotalMilliseconds);
        return retriever;
    }

    /// <summary>
    /// The documents' tokens: from the cache when it has them for this catalog, document scheme and tokenizer build,
    /// else segmented now (and stored), once jieba knows the catalog's words (<paramref name="taught"/>).
    /// </summary>
    private async Task<(IReadOnlyList<string>[]? Tokens, bool Reused)> TokenizeAsync(RetrievalDocumentSet documents, Task taught, CancellationToken cancellationToken)
    {
        // the tokenizer's code and jieba's (dictionary included) are part of the key: a new build never reuses old tokens
        var key = $"{documents.CatalogHash}|{RetrievalDocumentSet.Version}|{typeof(MixedTextTokenizer).Assembly.ManifestModule.ModuleVersionId:N}|{typeof(JiebaNet.Segmenter.JiebaSegmenter).Assembly.ManifestModule.ModuleVersionId:N}";
        if (tokenCache?.TryLoad(key, documents.All.Count, cancellationToken) is { } cached) return (cached, true);
        await taught.ConfigureAwait(false);
        var tokens = Bm25Index.TokenizeAll(documents.All.Select(d => d.Text).ToList(), MixedTextTokenizer.Instance, cancellationToken);
        try
        {
            tokenCache?.Save(key, tokens, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger?.LogWarning(e, "The document tokens could not be cached; the next start segments them again");
        }
        return (tokens, false);
    }

    private async Task<(HybridMetricRetriever.DenseChannel Channel, bool Reused, int Embedded)> BuildDenseAsync(
        RetrievalDocumentSet documents, IEmbeddingGenerator<string, Embedding<float>> generator, IVectorStore vectorStore, CancellationToken cancellationToken)
    {
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        var provider = metadata?.ProviderName ?? generator.GetType().Name;
        var model = metadata?.DefaultModelId ?? "default";
        var dimensions = metadata?.DefaultModelDimensions
            ?? (await generator.GenerateVectorAsync("dimension probe", cancellationToken: cancellationToken).ConfigureAwait(false)).Length;
        var isHashing = generator is HashingEmbeddingGenerator || provider == HashingEmbeddingGenerator.Provider;
        var descriptions = settings.EmbedDescriptions ?? !isHashing;
        var name = CollectionName(settings.CollectionPrefix, documents.CatalogHash, provider, model, dimensions, descriptions);
        var channel = new HybridMetricRetriever.DenseChannel(generator, vectorStore, name, settings.MinDenseSimilarity ?? (isHashing ? 0.25f : 0f));

        var stamp = new VectorCollectionStamp($"{provider}|{model}|{dimensions}|{RetrievalDocumentSet.Version}|descriptions={descriptions}", documents.CatalogHash);

        var all = documents.All.Where(d => descriptions || d.Field is not (RetrievalDocumentFields.DescriptionZh or RetrievalDocumentFields.DescriptionEn)).ToList();
        var expected = all.Count;
        if (await vectorStore.CollectionExistsAsync(name, stamp, cancellationToken).ConfigureAwait(false))
        {
            var count = await vectorStore.CountAsync(name, cancellationToken).ConfigureAwait(false);
            if (count == expected) return (channel, true, 0);
            if (count > expected)
            {
                logger?.LogWarning("Vector collection {Collection} holds {Count} points, {Expected} expected: rebuilding", name, count, expected);
                await vectorStore.DeleteCollectionAsync(name, cancellationToken).ConfigureAwait(false);
            }
            // Fewer points: an interrupted build, or another replica building the shared (Qdrant) collection right
            // now. Deleting it would break that replica's build, so it is completed instead: point ids are document
            // ordinals and upserts replace, so both builds write the same points.
            else logger?.LogWarning("Vector collection {Collection} holds {Count} of {Expected} points (interrupted, or being built by another replica): completing it", name, count, expected);
        }

        await vectorStore.EnsureCollectionAsync(name, dimensions, stamp, cancellationToken).ConfigureAwait(false);
        var embedded = 0;
        for (var start = 0; start < all.Count; start += settings.UpsertBatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var chunk = all.Skip(start).Take(settings.UpsertBatchSize).ToList();
            var vectors = await EmbedAsync(generator, chunk.Select(d => d.EmbeddingText).ToList(), cancellationToken).ConfigureAwait(false);
            var points = new VectorPoint[chunk.Count];
            for (var i = 0; i < chunk.Count; i++)
            {
                if (vectors[i].Length != dimensions)
                    throw new InvalidOperationException($"the embedding generator returned {vectors[i].Length} dimensions, {dimensions} expected");
                points[i] = new VectorPoint((ulong)chunk[i].Ordinal, vectors[i], chunk[i].ToPayload());
            }
            await vectorStore.UpsertAsync(name, points, cancellationToken).ConfigureAwait(false);
            embedded += points.Length;
        }
        var stored = await vectorStore.CountAsync(name, cancellationToken).ConfigureAwait(false);
        if (stored != expected) throw new InvalidOperationException($"vector collection {name} holds {stored} points after the build, {expected} expected");
        await vectorStore.CompactAsync(name, cancellationToken).ConfigureAwait(false);
        return (channel, false, embedded);
    }

    private async Task<ReadOnlyMemory<float>[]> EmbedAsync(IEmbeddingGenerator<string, Embedding<float>> generator, List<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new ReadOnlyMemory<float>[texts.Count];
        if (generator is HashingEmbeddingGenerator hashing)
        {
            // local and CPU-bound: use the cores
            Parallel.For(0, texts.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => vectors[i] = hashing.Embed(texts[i]));
            return vectors;
        }
        for (var start = 0; start < texts.Count; start += settings.EmbeddingBatchSize)
        {
            var batch = texts.Skip(start).Take(settings.EmbeddingBatchSize).ToList();
            var result = await generator.GenerateAsync(batch, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (result.Count != batch.Count) throw new InvalidOperationException($"the embedding generator returned {result.Count} embeddings for {batch.Count} texts");
            for (var i = 0; i < batch.Count; i++) vectors[start + i] = result[i].Vector;
        }
        return vectors;
    }

    /// <summary>
    /// {prefix}_{first 16 hex of the catalog hash}_{provider}{dimensions}_{8 hex of provider, model, dimensions,
    /// document scheme and whether descriptions are embedded}: lower-case letters, digits, '_' and '-' only (valid
    /// for Qdrant and as a file name).
    /// </summary>
    public static string CollectionName(string prefix, string catalogHash, string provider, string model, int dimensions, bool embedsDescriptions)
    {
        var fingerprint = $"{provider}|{model}|{dimensions}|{RetrievalDocumentSet.Version}|descriptions={embedsDescriptions}";
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(fingerprint))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        var catalogPart = catalogHash.Length > 16 ? catalogHash[..16] : catalogHash;
        return Sanitize($"{prefix}_{catalogPart}_{provider}{dimensions}_{hash:x8}");
    }

    private static string Sanitize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant()) builder.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '-');
        return builder.ToString();
    }
}
