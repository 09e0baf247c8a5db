namespace MetricAssistant.Retrieval;

/// <summary>
/// An exported BERT-style sentence-embedding model for <see cref="OnnxEmbeddingGenerator"/>: the .onnx file, the
/// WordPiece vocabulary it was trained with (vocab.txt), and how its token vectors become one sentence vector.
/// </summary>
/// <param name="ModelPath">The .onnx file.</param>
/// <param name="VocabPath">The model's vocab.txt (one WordPiece token a line, the line number is the id).</param>
/// <param name="MaxTokens">Longest input in tokens, [CLS] and [SEP] included; longer texts are cut.</param>
/// <param name="Pooling">Applies when the model gives token vectors; a model with a pooled output is taken as is.</param>
/// <param name="Normalize">L2-normalise the result (cosine similarity becomes a dot product).</param>
/// <param name="LowerCase">Lower-case before tokenising: true for uncased models, false for cased ones.</param>
/// <param name="BatchSize">Texts per model run; a call with more texts makes several runs.</param>
public sealed record OnnxEmbeddingSettings(
    string ModelPath,
    string VocabPath,
    int MaxTokens = OnnxEmbeddingSettings.DefaultMaxTokens,
    OnnxPooling Pooling = OnnxPooling.Mean,
    bool Normalize = true,
    bool LowerCase = true,
    int BatchSize = OnnxEmbeddingSettings.DefaultBatchSize)
{
    public const int DefaultMaxTokens = 256;
    public const int DefaultBatchSize = 16;
}
