using Microsoft.Extensions.AI;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// The dense side of metric retrieval: the question's embedding searched in the vector store among metric
/// documents, keeping the best document per target. Immutable and thread-safe.
/// </summary>
internal sealed class DenseMetricChannel(HybridMetricRetriever.DenseChannel channel, MetricTargetTable table, TargetScratchPool scratches, int documentsPerSearch)
{
    private static readonly VectorFilter MetricDocumentsFilter = new()
    {
        Kinds = [RetrievalDocumentKinds.Metric],
        Statuses = [RetrievalDocumentStatus.Published, RetrievalDocumentStatus.Deprecated],
    };

    public string Collection => channel.Collection;

    /// <summary>
    /// Up to <paramref name="count"/> metrics from the vector store. When <c>allow</c> leaves fewer than
    /// <paramref name="needed"/> of them and the store had more to give, it is asked again for four times as many.
    /// </summary>
    public async Task<List<ChannelHit>> SearchAsync(string text, int count, int needed, Func<string, bool>? allow, CancellationToken cancellationToken)
    {
        var vector = await channel.Generator.GenerateVectorAsync(text, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (IsZero(vector.Span)) return [];
        var documents = table.Documents;
        var documentTarget = table.DocumentTarget;
        var asked = Math.Max(documentsPerSearch, count * 4);
        for (var attempt = 0; ; attempt++)
        {
            var hits = await channel.Store.SearchAsync(channel.Collection, vector, asked, MetricDocumentsFilter, cancellationToken).ConfigureAwait(false);
            var scratch = scratches.Rent();
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
                var selected = scratch.Select(count, allow, table.Targets);
                if (selected.Count >= Math.Min(count, needed) || hits.Count < asked || attempt >= 2 || asked >= 8192) return selected;
            }
            finally
            {
                scratches.Return(scratch);
            }
            asked *= 4;
        }
    }

    private static bool IsZero(ReadOnlySpan<float> vector)
    {
        foreach (var x in vector) if (x != 0) return false;
        return true;
    }
}
