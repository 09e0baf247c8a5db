using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.AI;

namespace MetricAssistant.Retrieval.Tests;

public sealed class OnnxEmbeddingGeneratorTests : IDisposable
{
    private const int Width = 24;
    private readonly TempDirectory directory = new();
    private readonly TinyOnnxModel model = new(TinyOnnxModel.Vocab("revenue", "orders", "order", "##s", "gross", "value", "客", "单", "价", "销", "售", "额"), Width);

    public void Dispose() => directory.Dispose();

    private OnnxEmbeddingGenerator Generator(TinyOnnxModel.Shape shape = TinyOnnxModel.Shape.TokenStates, OnnxPooling pooling = OnnxPooling.Mean, bool normalize = true, int maxTokens = 256, int batchSize = 16)
    {
        var (onnx, vocab) = model.Write(directory.Path, "tiny-" + shape.ToString().ToLowerInvariant(), shape);
        return new OnnxEmbeddingGenerator(new OnnxEmbeddingSettings(onnx, vocab, maxTokens, pooling, normalize, BatchSize: batchSize));
    }

    /// <summary>The mean of the table rows of <paramref name="tokens"/>, optionally L2-normalised: what mean pooling must give.</summary>
    private float[] Mean(bool normalize, params string[] tokens)
    {
        var mean = new float[Width];
        foreach (var token in tokens)
            for (var k = 0; k < Width; k++) mean[k] += model.Table[model.Id(token)][k] / tokens.Length;
        return normalize ? Normalized(mean) : mean;
    }

    private static float[] Normalized(float[] vector)
    {
        var norm = (float)Math.Sqrt(vector.Sum(x => (double)x * x));
        return vector.Select(x => x / norm).ToArray();
    }

    private static void Close(float[] expected, ReadOnlyMemory<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++) Assert.Equal(expected[k], actual.Span[k], 5);
    }

    private static double Norm(ReadOnlyMemory<float> vector) => Math.Sqrt(vector.ToArray().Sum(x => (double)x * x));

    [Fact]
    public async Task Vectors_have_the_model_width_and_unit_length()
    {
        using var generator = Generator();
        var embeddings = await generator.GenerateAsync(["revenue orders", "客单价", "unknown words only", ""]);
        Assert.Equal(4, embeddings.Count);
        Assert.All(embeddings, e => Assert.Equal(Width, e.Vector.Length));
        Assert.All(embeddings, e => Assert.Equal(1.0, Norm(e.Vector), 5));
        Assert.Equal(Width, generator.Dimensions);
    }

    [Fact]
    public async Task Mean_pooling_is_the_mean_of_the_token_rows_with_cls_and_sep()
    {
        using var raw = Generator(normalize: false);
        Close(Mean(false, "[CLS]", "revenue", "orders", "[SEP]"), (await raw.GenerateAsync(["Revenue orders"]))[0].Vector);
        // CJK characters are tokens of their own; an unknown word is [UNK]; "orders" whole beats "order" + "##s"
        Close(Mean(false, "[CLS]", "客", "单", "价", "[UNK]", "[SEP]"), (await raw.GenerateAsync(["客单价 margin"]))[0].Vector);

        using var normalized = Generator();
        Close(Mean(true, "[CLS]", "gross", "value", "[SEP]"), (await normalized.GenerateAsync(["gross value"]))[0].Vector);
    }

    [Fact]
    public async Task Texts_longer_than_max_tokens_are_cut_keeping_cls_and_sep()
    {
        using var generator = Generator(normalize: false, maxTokens: 4);
        Close(Mean(false, "[CLS]", "revenue", "orders", "[SEP]"), (await generator.GenerateAsync(["revenue orders gross value 销售额"]))[0].Vector);
    }

    [Fact]
    public async Task Cls_pooling_takes_the_first_token()
    {
        using var generator = Generator(pooling: OnnxPooling.Cls, normalize: false);
        var embeddings = await generator.GenerateAsync(["revenue", "销售额"]);
        Assert.All(embeddings, e => Close(model.Table[model.Id("[CLS]")], e.Vector));
    }

    [Fact]
    public async Task Same_text_same_vector_and_different_texts_differ()
    {
        using var generator = Generator();
        var embeddings = await generator.GenerateAsync(["销售额", "销售额", "客单价", "revenue"]);
        Assert.Equal(embeddings[0].Vector.ToArray(), embeddings[1].Vector.ToArray());
        Assert.NotEqual(embeddings[0].Vector.ToArray(), embeddings[2].Vector.ToArray());
        Assert.NotEqual(embeddings[2].Vector.ToArray(), embeddings[3].Vector.ToArray());

        using var again = Generator();
        Assert.Equal(embeddings[0].Vector.ToArray(), (await again.GenerateAsync(["销售额"]))[0].Vector.ToArray());
    }

    [Fact]
    public async Task A_padded_batch_gives_what_one_by_one_gives()
    {
        // texts of different lengths in small batches: the short ones are padded with [PAD], whose row must not count
        string[] texts = ["revenue", "客单价 gross value orders revenue", "销售额", "", "orders", "gross value", "单"];
        using var generator = Generator(normalize: false, batchSize: 3);
        var batched = await generator.GenerateAsync(texts);
        for (var i = 0; i < texts.Length; i++)
        {
            var single = (await generator.GenerateAsync([texts[i]]))[0].Vector;
            Close(single.ToArray(), batched[i].Vector);
        }
        Close(Mean(false, "[CLS]", "revenue", "[SEP]"), batched[0].Vector);
    }

    [Fact]
    public async Task Concurrent_calls_give_the_same_vectors()
    {
        string[] texts = ["revenue orders", "客单价", "销售额 gross value", "order"];
        using var generator = Generator();
        var expected = await generator.GenerateAsync(texts);
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => generator.GenerateAsync(texts.Skip(i % texts.Length).Concat(texts.Take(i % texts.Length))))));
        for (var i = 0; i < results.Length; i++)
            for (var j = 0; j < texts.Length; j++)
                Assert.Equal(expected[(j + i) % texts.Length].Vector.ToArray(), results[i][j].Vector.ToArray());
    }

    [Fact]
    public async Task A_model_with_a_pooled_output_and_int32_inputs_is_taken_as_is()
    {
        // needs token_type_ids (all 0) and gives token_embeddings first, sentence_embedding second: the pooled one is
        // used, whatever Pooling says
        using var generator = Generator(TinyOnnxModel.Shape.PooledInt32, pooling: OnnxPooling.Mean, normalize: false);
        var embeddings = await generator.GenerateAsync(["revenue orders", "销售额"]);
        Assert.All(embeddings, e => Close(model.Table[model.Id("[CLS]")], e.Vector));
        Assert.Equal(Width, generator.Dimensions);
    }

    [Fact]
    public async Task A_model_that_takes_input_ids_alone_is_fed_nothing_else()
    {
        using var generator = Generator(TinyOnnxModel.Shape.IdsOnly, normalize: false, batchSize: 2);
        var embeddings = await generator.GenerateAsync(["revenue orders", "单"]);
        Close(Mean(false, "[CLS]", "revenue", "orders", "[SEP]"), embeddings[0].Vector);
        Close(Mean(false, "[CLS]", "单", "[SEP]"), embeddings[1].Vector);
    }

    [Fact]
    public void A_model_without_input_ids_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Generator(TinyOnnxModel.Shape.WrongInput));
        Assert.Contains("input_ids", error.Message);
        Assert.Contains("tokens", error.Message);
    }

    [Fact]
    public void Metadata_names_the_provider_the_model_and_its_width_and_changes_with_settings_that_change_vectors()
    {
        using var mean = Generator();
        using var cls = Generator(pooling: OnnxPooling.Cls);
        var metadata = mean.GetService<EmbeddingGeneratorMetadata>();
        Assert.Equal("onnx", metadata?.ProviderName);
        Assert.Equal(Width, metadata?.DefaultModelDimensions);
        Assert.StartsWith("tiny-tokenstates-", metadata?.DefaultModelId);
        Assert.True(metadata?.ProviderUri?.IsFile);
        Assert.NotEqual(metadata?.DefaultModelId, cls.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
        Assert.Same(mean, mean.GetService<OnnxEmbeddingGenerator>());
    }

    [Fact]
    public async Task Another_width_cancellation_and_disposal_are_refused()
    {
        var generator = Generator();
        await Assert.ThrowsAsync<NotSupportedException>(() => generator.GenerateAsync(["revenue"], new EmbeddingGenerationOptions { Dimensions = 8 }));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(["revenue"], cancellationToken: new CancellationToken(canceled: true)));
        generator.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => generator.GenerateAsync(["revenue"]));
    }
}
