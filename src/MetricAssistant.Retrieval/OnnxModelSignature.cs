using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace MetricAssistant.Retrieval;

/// <summary>
/// What an exported BERT-style model takes and gives, read from the session: which of input_ids, attention_mask and
/// token_type_ids it declares (and whether as int64 or int32), which output carries the embedding, and its width.
/// </summary>
internal sealed record OnnxModelSignature(
    TensorElementType IdType,
    bool HasAttentionMask,
    bool HasTokenTypeIds,
    string Output,
    int OutputRank,
    int? Dimensions)
{
    public const string InputIds = "input_ids";
    public const string AttentionMask = "attention_mask";
    public const string TokenTypeIds = "token_type_ids";

    // sentence-transformers exports name their pooled output so; Hugging Face feature-extraction exports the token states.
    private static readonly string[] PreferredOutputs = ["sentence_embedding", "last_hidden_state"];

    public static OnnxModelSignature Read(InferenceSession session, string modelPath)
    {
        var inputs = session.InputMetadata;
        if (!inputs.TryGetValue(InputIds, out var ids))
            throw new InvalidOperationException($"the ONNX model {modelPath} has no '{InputIds}' input (it declares {string.Join(", ", inputs.Keys)}): not a BERT-style text encoder");
        var unknown = inputs.Keys.Where(k => k is not (InputIds or AttentionMask or TokenTypeIds)).ToList();
        if (unknown.Count > 0)
            throw new InvalidOperationException($"the ONNX model {modelPath} needs inputs this generator cannot feed: {string.Join(", ", unknown)} (only {InputIds}, {AttentionMask} and {TokenTypeIds} are supported)");
        foreach (var (name, input) in inputs)
            if (input.ElementDataType is not (TensorElementType.Int64 or TensorElementType.Int32))
                throw new InvalidOperationException($"the ONNX model {modelPath} declares '{name}' as {input.ElementDataType}; int64 or int32 expected");
        if (inputs.Values.Select(i => i.ElementDataType).Distinct().Count() > 1)
            throw new InvalidOperationException($"the ONNX model {modelPath} mixes int64 and int32 inputs");

        var outputs = session.OutputMetadata;
        var output = PreferredOutputs.FirstOrDefault(outputs.ContainsKey) ?? session.OutputNames[0];
        var metadata = outputs[output];
        if (metadata.ElementDataType != TensorElementType.Float)
            throw new InvalidOperationException($"the ONNX model {modelPath} gives '{output}' as {metadata.ElementDataType}; float expected");
        if (metadata.Dimensions.Length is not (2 or 3))
            throw new InvalidOperationException($"the ONNX model {modelPath} gives '{output}' with {metadata.Dimensions.Length} dimensions; [batch, tokens, width] or [batch, width] expected");
        var width = metadata.Dimensions[^1];
        return new OnnxModelSignature(ids.ElementDataType, inputs.ContainsKey(AttentionMask), inputs.ContainsKey(TokenTypeIds), output, metadata.Dimensions.Length, width > 0 ? width : null);
    }
}
