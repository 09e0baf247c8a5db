namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// Finds governed metrics for free text: lexical (BM25 over segmented text) and dense (embeddings in a
/// vector store) results fused; only published metrics, and only those <c>allow</c> lets through
/// (permissions), are ever returned.
/// </summary>
public interface IMetricRetriever
{
    Task<IReadOnlyList<MetricCandidate>> RetrieveAsync(string question, int top, Func<string, bool>? allow, CancellationToken cancellationToken);

    /// <summary>Metrics and typical questions for a search box, as the user types (prefix or partial text).</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int top, Func<string, bool>? allow, CancellationToken cancellationToken);
}
