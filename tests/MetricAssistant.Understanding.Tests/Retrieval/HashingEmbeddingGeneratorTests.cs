using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.AI;

namespace MetricAssistant.Understanding.Tests.Retrieval;

public sealed class HashingEmbeddingGeneratorTests
{
    private static readonly HashingEmbeddingGenerator Generator = new();

    private static float Similarity(string a, string b) => InMemoryVectorStore.Cosine(Generator.Embed(a), Generator.Embed(b));

    [Fact]
    public void Vectors_are_deterministic_across_instances()
    {
        var a = new HashingEmbeddingGenerator().Embed("上个月各渠道的客单价 AOV");
        var b = new HashingEmbeddingGenerator().Embed("上个月各渠道的客单价 AOV");
        Assert.Equal(a, b);
    }

    [Fact]
    public void Vectors_are_unit_length_with_the_configured_dimensions()
    {
        var generator = new HashingEmbeddingGenerator(256);
        var v = generator.Embed("Average order value");
        Assert.Equal(256, v.Length);
        Assert.Equal(1.0, Math.Sqrt(v.Sum(x => (double)x * x)), 5);
    }

    [Fact]
    public void Text_without_content_embeds_to_zeros() =>
        Assert.All(Generator.Embed("？！ ..."), x => Assert.Equal(0f, x));

    [Theory]
    [InlineData("convertion rate", "conversion rate")]
    [InlineData("reveune", "revenue")]
    [InlineData("avrage order value", "average order value")]
    [InlineData("refnd rate", "refund rate")]
    public void Typos_stay_similar(string typo, string word)
    {
        var similar = Similarity(typo, word);
        Assert.True(similar > 0.3, $"{typo} ~ {word}: {similar}");
        Assert.True(similar > Similarity(typo, "gross margin") + 0.2);
        Assert.True(similar > Similarity(typo, "新增会员数") + 0.2);
    }

    [Fact]
    public void Chinese_text_sharing_words_is_similar()
    {
        Assert.True(Similarity("客单价", "平均客单价") > 0.5);
        Assert.True(Similarity("客单价", "退款金额") < 0.2);
    }

    [Fact]
    public void Question_filler_does_not_make_questions_similar() =>
        Assert.True(Similarity("上个月的退款率是多少", "上个月的GMV是多少") < 0.2);

    [Fact]
    public async Task Implements_the_microsoft_extensions_ai_contract()
    {
        IEmbeddingGenerator<string, Embedding<float>> generator = new HashingEmbeddingGenerator(128);
        var embeddings = await generator.GenerateAsync(["gmv", "客单价"]);
        Assert.Equal(2, embeddings.Count);
        Assert.Equal(128, embeddings[0].Vector.Length);
        var metadata = generator.GetService<EmbeddingGeneratorMetadata>();
        Assert.Equal("hashing", metadata?.ProviderName);
        Assert.Equal(128, metadata?.DefaultModelDimensions);
        var single = await generator.GenerateVectorAsync("gmv");
        Assert.Equal(embeddings[0].Vector.ToArray(), single.ToArray());
        await Assert.ThrowsAsync<NotSupportedException>(() => generator.GenerateAsync(["gmv"], new EmbeddingGenerationOptions { Dimensions = 64 }));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => generator.GenerateAsync(["gmv"], null, new CancellationToken(true)));
    }
}
