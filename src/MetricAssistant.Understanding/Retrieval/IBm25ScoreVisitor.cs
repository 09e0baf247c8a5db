namespace MetricAssistant.Understanding.Retrieval;

/// <summary>Receives (document, score) pairs from <see cref="Bm25Index"/>; implemented by structs so scoring needs no delegate.</summary>
internal interface IBm25ScoreVisitor
{
    void Visit(int document, float score);
}
