using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>The documents' tokens are kept between starts, for the same catalog and tokenizer build only, and a damaged file is never used.</summary>
public sealed class DocumentTokenCacheTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    private static readonly IReadOnlyList<string>[] Tokens = [["客单价", "客单", "aov"], [], ["gmv", "客单价", "gmv"], ["退款率"]];

    [Fact]
    public void Tokens_read_back_as_written_for_the_same_key_only()
    {
        var cache = new FileDocumentTokenCache(directory.Path);
        Assert.Null(cache.TryLoad("k1", 4, default));
        cache.Save("k1", Tokens, default);
        var loaded = new FileDocumentTokenCache(directory.Path).TryLoad("k1", 4, default);
        Assert.NotNull(loaded);
        Assert.Equal(Tokens.Select(t => string.Join('|', t)), loaded.Select(t => string.Join('|', t)));
        Assert.Null(cache.TryLoad("k2", 4, default)); // another catalog or tokenizer build
        Assert.Null(cache.TryLoad("k1", 5, default)); // another document count
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_truncated_or_corrupt_file_is_not_used_and_is_reported(bool truncate)
    {
        var cache = new FileDocumentTokenCache(directory.Path);
        cache.Save("k1", Tokens, default);
        var bytes = File.ReadAllBytes(cache.Path);
        if (truncate) bytes = bytes[..^3];
        else bytes[^5] ^= 0x10; // a token number
        File.WriteAllBytes(cache.Path, bytes);
        var logger = new WarningLogger<FileDocumentTokenCache>();
        Assert.Null(new FileDocumentTokenCache(directory.Path, logger).TryLoad("k1", 4, default));
        Assert.Single(logger.Warnings);
    }

    [Fact]
    public async Task The_indexer_reuses_cached_tokens_and_retrieves_the_same()
    {
        var catalog = TestRepository.Catalog;
        var cache = new FileDocumentTokenCache(directory.Path);
        var first = await new CatalogIndexer(new HashingEmbeddingGenerator(), new EmbeddedVectorStore(directory.Path), tokenCache: cache).BuildAsync(catalog, CancellationToken.None);
        Assert.False(first.Info.TokensReused);
        Assert.True(File.Exists(cache.Path));
        var second = await new CatalogIndexer(new HashingEmbeddingGenerator(), new EmbeddedVectorStore(directory.Path), tokenCache: new FileDocumentTokenCache(directory.Path))
            .BuildAsync(catalog, CancellationToken.None);
        Assert.True(second.Info.TokensReused);
        Assert.Equal((first.Info.LexicalTerms, first.Info.LexicalPostings), (second.Info.LexicalTerms, second.Info.LexicalPostings));
        foreach (var question in new[] { "上个月客单价是多少", "reveune by channel", "退款率" })
            Assert.Equal(
                (await first.RetrieveAsync(question, 5, null, CancellationToken.None)).Select(c => (c.MetricId, c.Score)),
                (await second.RetrieveAsync(question, 5, null, CancellationToken.None)).Select(c => (c.MetricId, c.Score)));

        // another catalog: its own tokens, the file replaced
        var changed = await new CatalogIndexer(null, null, tokenCache: cache).BuildAsync(TestCatalogs.WithExtraAovSynonym("客单均值"), CancellationToken.None);
        Assert.False(changed.Info.TokensReused);
        Assert.Equal("aov", (await changed.RetrieveAsync("客单均值", 3, null, CancellationToken.None)).First().MetricId);
    }

    [Fact]
    public async Task A_build_from_cached_tokens_still_teaches_jieba_the_catalog_words_before_it_answers()
    {
        // jieba's words are process-wide: a synonym no other test uses is new to it here, and the tokens come from a
        // cache, so nothing but the teaching that now runs beside the token read puts it into jieba
        var catalog = TestCatalogs.WithExtraAovSynonym("篮均收款额");
        var retriever = await new CatalogIndexer(null, null, tokenCache: new AnyKeyCache()).BuildAsync(catalog, CancellationToken.None);
        Assert.True(retriever.Info.TokensReused);
        Assert.Contains("篮均收款额", retriever.Tokenize("上个月篮均收款额多少"));
    }

    /// <summary>Empty tokens for every document under any key: a warm start without the segmenting.</summary>
    private sealed class AnyKeyCache : IDocumentTokenCache
    {
        public IReadOnlyList<string>[]? TryLoad(string key, int documents, CancellationToken cancellationToken) =>
            Enumerable.Range(0, documents).Select(_ => (IReadOnlyList<string>)[]).ToArray();

        public void Save(string key, IReadOnlyList<IReadOnlyList<string>> tokens, CancellationToken cancellationToken) { }
    }
}
