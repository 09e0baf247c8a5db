using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace MetricAssistant.Retrieval;

/// <summary>
/// Sentence embeddings from a BERT-style model exported to ONNX, run in process by ONNX Runtime, with the model's own
/// WordPiece vocabulary. Texts are tokenised ([CLS] … [SEP], cut at <see cref="OnnxEmbeddingSettings.MaxTokens"/>),
/// batched (sorted by length so that little is padded), and the model's token vectors pooled under the attention
/// mask (mean or [CLS]); a model whose output is already one vector per text (rank 2) is taken as is. The inputs
/// input_ids, attention_mask and token_type_ids are fed only when the model declares them. Thread-safe: ONNX
/// Runtime's <c>Run</c> is, and the tokenizer keeps no per-call state.
/// </summary>
public sealed class OnnxEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public const string Provider = "onnx";

    private readonly OnnxEmbeddingSettings settings;
    private readonly SessionOptions sessionOptions;
    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly OnnxModelSignature signature;
    private readonly string[] outputNames;
    private readonly EmbeddingGeneratorMetadata metadata;
    private volatile bool disposed;

    public OnnxEmbeddingGenerator(OnnxEmbeddingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.MaxTokens < 2) throw new ArgumentOutOfRangeException(nameof(settings), "MaxTokens must leave room for [CLS] and [SEP]");
        if (settings.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(settings), "BatchSize must be positive");
        this.settings = settings;
        tokenizer = BertTokenizer.Create(settings.VocabPath, new BertOptions { LowerCaseBeforeTokenization = settings.LowerCase });
        sessionOptions = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        try
        {
            session = new InferenceSession(settings.ModelPath, sessionOptions);
            signature = OnnxModelSignature.Read(session, settings.ModelPath);
            outputNames = [signature.Output];
            // Models exported with a symbolic width say it only when run.
            Dimensions = signature.Dimensions ?? Embed(["dimension probe"], CancellationToken.None)[0].Length;
        }
        catch
        {
            session?.Dispose();
            sessionOptions.Dispose();
            throw;
        }
        ModelId = $"{Path.GetFileNameWithoutExtension(settings.ModelPath)}-{Fingerprint(settings)}";
        metadata = new EmbeddingGeneratorMetadata(Provider, new Uri(Path.GetFullPath(settings.ModelPath)), ModelId, Dimensions);
    }

    /// <summary>The model file's name and a hash of the model, the vocabulary and the settings that change vectors.</summary>
    public string ModelId { get; }

    public int Dimensions { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (options?.Dimensions is { } requested && requested != Dimensions)
            throw new NotSupportedException($"this model makes {Dimensions}-dimensional vectors, not {requested}");
        var vectors = Embed(values.ToList(), cancellationToken);
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        foreach (var vector in vectors) result.Add(new Embedding<float>(vector) { ModelId = ModelId, CreatedAt = null });
        return Task.FromResult(result);
    }

    /// <summary>The vectors of <paramref name="texts"/>, in their order.</summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        var encoded = new IReadOnlyList<int>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
            encoded[i] = tokenizer.EncodeToIds(texts[i] ?? "", settings.MaxTokens, addSpecialTokens: true, out _, out _);
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => encoded[i].Count).ToArray();
        var vectors = new float[texts.Count][];
        using var runOptions = new RunOptions();
        // Terminate stops a run in flight; the registration is disposed (below) before the options are.
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        for (var start = 0; start < order.Length; start += settings.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                RunBatch(order.AsSpan(start, Math.Min(settings.BatchSize, order.Length - start)), encoded, vectors, runOptions);
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
        return vectors;
    }

    private void RunBatch(ReadOnlySpan<int> batch, IReadOnlyList<int>[] encoded, float[][] vectors, RunOptions runOptions)
    {
        var rows = batch.Length;
        var length = 0;
        foreach (var i in batch) length = Math.Max(length, encoded[i].Count);
        var ids = new long[rows * length];
        var mask = new long[rows * length];
        for (var r = 0; r < rows; r++)
        {
            var tokens = encoded[batch[r]];
            for (var t = 0; t < length; t++)
            {
                var real = t < tokens.Count;
                ids[r * length + t] = real ? tokens[t] : tokenizer.PaddingTokenId;
                mask[r * length + t] = real ? 1 : 0;
            }
        }

        long[] shape = [rows, length];
        var names = new List<string>(3) { OnnxModelSignature.InputIds };
        var values = new List<OrtValue>(3);
        try
        {
            values.Add(Tensor(ids, shape));
            if (signature.HasAttentionMask)
            {
                names.Add(OnnxModelSignature.AttentionMask);
                values.Add(Tensor(mask, shape));
            }
            if (signature.HasTokenTypeIds)
            {
                names.Add(OnnxModelSignature.TokenTypeIds);
                values.Add(Tensor(new long[rows * length], shape));
            }
            using var outputs = session.Run(runOptions, names, values, outputNames);
            Pool(outputs[0], batch, mask, length, vectors);
        }
        finally
        {
            foreach (var value in values) value.Dispose();
        }
    }

    private OrtValue Tensor(long[] data, long[] shape) => signature.IdType == TensorElementType.Int32
        ? OrtValue.CreateTensorValueFromMemory(Array.ConvertAll(data, x => (int)x), shape)
        : OrtValue.CreateTensorValueFromMemory(data, shape);

    private void Pool(OrtValue output, ReadOnlySpan<int> batch, long[] mask, int length, float[][] vectors)
    {
        var shape = output.GetTensorTypeAndShape().Shape;
        var data = output.GetTensorDataAsSpan<float>();
        var width = (int)shape[^1];
        if (Dimensions > 0 && width != Dimensions)
            throw new InvalidOperationException($"the ONNX model gave {width}-dimensional vectors, {Dimensions} expected");
        var rank3 = shape.Length == 3;
        if (rank3 && shape[1] != length)
            throw new InvalidOperationException($"the ONNX model gave {shape[1]} token vectors for {length} tokens");
        for (var r = 0; r < batch.Length; r++)
        {
            var vector = new float[width];
            if (!rank3)
            {
                data.Slice(r * width, width).CopyTo(vector);
            }
            else if (settings.Pooling == OnnxPooling.Cls)
            {
                data.Slice(r * length * width, width).CopyTo(vector);
            }
            else
            {
                var count = 0;
                for (var t = 0; t < length; t++)
                {
                    if (mask[r * length + t] == 0) continue;
                    var row = data.Slice((r * length + t) * width, width);
                    for (var k = 0; k < width; k++) vector[k] += row[k];
                    count++;
                }
                if (count > 0) for (var k = 0; k < width; k++) vector[k] /= count;
            }
            if (settings.Normalize) Normalize(vector);
            vectors[batch[r]] = vector;
        }
    }

    private static void Normalize(float[] vector)
    {
        var sum = 0.0;
        foreach (var x in vector) sum += (double)x * x;
        if (sum == 0) return;
        var scale = (float)(1.0 / Math.Sqrt(sum));
        for (var i = 0; i < vector.Length; i++) vector[i] *= scale;
    }

    private static string Fingerprint(OnnxEmbeddingSettings settings)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in new[] { settings.ModelPath, settings.VocabPath })
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer)) > 0) hash.AppendData(buffer, 0, read);
        }
        hash.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"max={settings.MaxTokens}|pooling={settings.Pooling}|normalize={settings.Normalize}|lower={settings.LowerCase}")));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is not null) return null;
        if (serviceType == typeof(EmbeddingGeneratorMetadata)) return metadata;
        return serviceType.IsInstanceOfType(this) ? this : null;
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        session.Dispose();
        sessionOptions.Dispose();
    }
}
