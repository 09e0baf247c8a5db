namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Fuses the lexical and dense rankings of metrics: score Σ 1/(k + rank) over the channels that found a metric;
/// equal scores go to the better lexical rank (exact words beat similar vectors), then the official metric.
/// </summary>
internal static class ReciprocalRankFusion
{
    public static List<MetricCandidate> Fuse(List<ChannelHit> lexical, List<ChannelHit> denseHits, int top, int k, MetricTargetTable table)
    {
        var targets = table.Targets;
        var fused = new Dictionary<int, Fused>();
        for (var r = 0; r < lexical.Count; r++)
            fused[lexical[r].Target] = new Fused { LexicalRank = r + 1, LexicalDocument = lexical[r].Document };
        for (var r = 0; r < denseHits.Count; r++)
        {
            if (!fused.TryGetValue(denseHits[r].Target, out var f)) fused[denseHits[r].Target] = f = new Fused();
            f.DenseRank = r + 1;
            f.DenseDocument = denseHits[r].Document;
        }
        return fused
            .Select(p => (Target: p.Key, F: p.Value, Score: (p.Value.LexicalRank > 0 ? 1.0 / (k + p.Value.LexicalRank) : 0) + (p.Value.DenseRank > 0 ? 1.0 / (k + p.Value.DenseRank) : 0)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.F.LexicalRank > 0 ? x.F.LexicalRank : int.MaxValue)
            .ThenByDescending(x => targets[x.Target].Official)
            .ThenBy(x => x.Target)
            .Take(top)
            .Select(x => Candidate(x.Target, x.F, x.Score, table))
            .ToList();
    }

    private static MetricCandidate Candidate(int target, Fused f, double score, MetricTargetTable table)
    {
        // The document that speaks for the metric: from the channel that ranked it higher (lexical on a tie).
        var useLexical = f.LexicalRank > 0 && (f.DenseRank == 0 || f.LexicalRank <= f.DenseRank);
        var document = table.Documents[useLexical ? f.LexicalDocument : f.DenseDocument];
        var source = document.IsDeprecated ? "deprecated:" + document.MetricId
            : f.LexicalRank > 0 && f.DenseRank > 0 ? "lexical+dense"
            : f.LexicalRank > 0 ? "lexical" : "dense";
        return new MetricCandidate(table.Targets[target].Id, score, document.Text, source);
    }

    // Ranks are 1-based; 0 means the channel did not find the metric.
    private sealed class Fused
    {
        public int LexicalRank;
        public int LexicalDocument;
        public int DenseRank;
        public int DenseDocument;
    }
}
