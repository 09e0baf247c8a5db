using MetricAssistant.Understanding.Text.Segmentation;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// The lexical side of metric retrieval: BM25 over the metric documents that lead to a target, keeping the best
/// document per target. Immutable and thread-safe (per-query state comes from the scratch pool).
/// </summary>
internal sealed class LexicalMetricChannel
{
    private readonly MixedTextTokenizer tokenizer;
    private readonly MetricTargetTable table;
    private readonly TargetScratchPool scratches;

    /// <param name="kept">The index read back from a <see cref="Bm25Snapshot"/>; built from <paramref name="tokens"/> when null.</param>
    public LexicalMetricChannel(MixedTextTokenizer tokenizer, MetricTargetTable table, IReadOnlyList<IReadOnlyList<string>>? tokens, Bm25Index? kept, TargetScratchPool scratches)
    {
        this.tokenizer = tokenizer;
        this.table = table;
        this.scratches = scratches;
        // only documents that lead to a target are indexed: the others could never be a hit
        var documents = table.Documents;
        IndexDocuments = Enumerable.Range(0, documents.Length).Where(i => table.DocumentTarget[i] >= 0).ToArray();
        Index = kept ?? Bm25Index.Build(IndexDocuments.Select(i => tokens![i]).ToArray(), IndexDocuments.Select(i => documents[i].Weight).ToArray());
        if (Index.DocumentCount != IndexDocuments.Length) throw new InvalidDataException($"a BM25 index of {Index.DocumentCount} documents for {IndexDocuments.Length}");
    }

    public Bm25Index Index { get; }

    /// <summary>Document ordinal of each BM25 document (the index numbers its documents from 0).</summary>
    public int[] IndexDocuments { get; }

    /// <summary>Up to <paramref name="count"/> targets <paramref name="allow"/> accepts, best first.</summary>
    public List<ChannelHit> Search(string text, int count, Func<string, bool>? allow)
    {
        var tokens = tokenizer.Tokenize(text);
        if (tokens.Count == 0) return [];
        var scratch = scratches.Rent();
        try
        {
            scratch.Begin();
            var visitor = new LexicalTargetVisitor(scratch, IndexDocuments, table.DocumentTarget);
            Index.Score(tokens, ref visitor);
            return scratch.Select(count, allow, table.Targets);
        }
        finally
        {
            scratches.Return(scratch);
        }
    }
}
