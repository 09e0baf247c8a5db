namespace MetricAssistant.Retrieval;

/// <summary>How <see cref="OnnxEmbeddingGenerator"/> turns a model's per-token vectors into one sentence vector.</summary>
public enum OnnxPooling
{
    /// <summary>The mean of the token vectors under the attention mask (sentence-transformers' default).</summary>
    Mean,

    /// <summary>The vector of the first token, [CLS] (BGE models and others trained so).</summary>
    Cls,
}
