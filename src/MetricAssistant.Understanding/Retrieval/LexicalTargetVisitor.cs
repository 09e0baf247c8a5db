namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Hands BM25 scores of the metric index (local document numbers) to a <see cref="TargetScratch"/> as
/// (target, score, document). A struct, so <see cref="Bm25Index"/> scores through it without a delegate.
/// </summary>
internal struct LexicalTargetVisitor(TargetScratch scratch, int[] localToDocument, int[] documentTarget) : IBm25ScoreVisitor
{
    public void Visit(int local, float score)
    {
        var document = localToDocument[local];
        scratch.Offer(documentTarget[document], score, document);
    }
}
