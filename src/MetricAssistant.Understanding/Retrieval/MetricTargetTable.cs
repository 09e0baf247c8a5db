namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// The indexed documents, the published metrics (targets) they count for, and for each document its target:
/// its own metric, the published successor of a deprecated one, or -1 (dimension documents, deprecated metrics
/// without a published successor). Both channels, fusion and suggestions resolve their hits through it.
/// </summary>
internal sealed class MetricTargetTable
{
    private MetricTargetTable(RetrievalDocument[] documents, MetricTarget[] targets, int[] documentTarget)
    {
        Documents = documents;
        Targets = targets;
        DocumentTarget = documentTarget;
    }

    public RetrievalDocument[] Documents { get; }
    public MetricTarget[] Targets { get; }
    public int[] DocumentTarget { get; }

    /// <param name="successorOf">The catalog's deprecation rule: the published metric that answers for a deprecated one.</param>
    public static MetricTargetTable Build(RetrievalDocument[] documents, Func<string, string?> successorOf)
    {
        // Targets: the published metrics, in document order (metric id order).
        var targets = new List<MetricTarget>();
        var targetOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents.Where(d => d.IsMetric))
        {
            if (d.IsDeprecated || targetOf.ContainsKey(d.MetricId!)) continue;
            targetOf[d.MetricId!] = targets.Count;
            targets.Add(new MetricTarget(d.MetricId!, d.Official));
        }
        foreach (var d in documents.Where(d => d.IsMetric && !d.IsDeprecated))
        {
            var t = targets[targetOf[d.MetricId!]];
            if (d.Field == RetrievalDocumentFields.NameZh) t.NameZh = d.Text;
            else if (d.Field == RetrievalDocumentFields.NameEn) t.NameEn = d.Text;
        }

        var documentTarget = new int[documents.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            var d = documents[i];
            documentTarget[i] = !d.IsMetric ? -1
                : d.IsDeprecated ? (successorOf(d.MetricId!) is { } next && targetOf.TryGetValue(next, out var target) ? target : -1)
                : targetOf[d.MetricId!];
        }
        return new MetricTargetTable(documents, targets.ToArray(), documentTarget);
    }
}
