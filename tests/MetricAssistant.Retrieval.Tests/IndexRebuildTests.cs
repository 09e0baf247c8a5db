using MetricAssistant.Retrieval;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval.Tests;

/// <summary>Dense vectors are computed once per catalog version and embedding, then read from the index file.</summary>
public sealed class IndexRebuildTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task The_index_is_rebuilt_when_the_catalog_hash_changes_and_not_otherwise()
    {
        var catalog = TestRepository.Catalog;
        // the hashing embedding leaves descriptions to BM25
        var documents = RetrievalDocumentSet.Build(catalog).All.Count(d => !d.Field.StartsWith("description", StringComparison.Ordinal));

        var firstGenerator = new CountingEmbeddingGenerator();
        var first = await new CatalogIndexer(firstGenerator, new EmbeddedVectorStore(directory.Path)).BuildAsync(catalog, CancellationToken.None);
        Assert.Equal(documents, firstGenerator.Embedded);
        Assert.False(first.Info.DenseReused);
        var file = Assert.Single(directory.IndexFiles());
        Assert.Contains(catalog.ContentHash[..16], Path.GetFileName(file));
        var written = File.GetLastWriteTimeUtc(file);
        var length = new FileInfo(file).Length;

        // a new process (new store) with the same catalog: vectors come from the file, nothing is embedded
        var secondGenerator = new CountingEmbeddingGenerator();
        var secondStore = new EmbeddedVectorStore(directory.Path);
        var second = await new CatalogIndexer(secondGenerator, secondStore).BuildAsync(catalog, CancellationToken.None);
        Assert.Equal(0, secondGenerator.Embedded);
        Assert.True(second.Info.DenseReused);
        Assert.Equal(1, secondStore.FilesLoaded);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        Assert.Equal(length, new FileInfo(file).Length);
        Assert.Equal(first.Info.VectorCollection, second.Info.VectorCollection);
        Assert.Equal(
            (await first.RetrieveDenseAsync("avrage order value", 5, null, CancellationToken.None)).Select(c => c.MetricId),
            (await second.RetrieveDenseAsync("avrage order value", 5, null, CancellationToken.None)).Select(c => c.MetricId));

        // the catalog changes: a new collection, every document embedded again, and the new synonym found densely
        var changed = TestCatalogs.WithExtraAovSynonym("客单均值");
        Assert.NotEqual(catalog.ContentHash, changed.ContentHash);
        var thirdGenerator = new CountingEmbeddingGenerator();
        var third = await new CatalogIndexer(thirdGenerator, secondStore).BuildAsync(changed, CancellationToken.None);
        Assert.Equal(documents + 1, thirdGenerator.Embedded);
        Assert.NotEqual(first.Info.VectorCollection, third.Info.VectorCollection);
        Assert.Equal(2, directory.IndexFiles().Length);
        Assert.Equal("aov", (await third.RetrieveAsync("客单均值", 3, null, CancellationToken.None)).First().MetricId);
    }

    [Fact]
    public async Task Another_embedding_gets_its_own_collection()
    {
        var catalog = TestRepository.Catalog;
        var store = new EmbeddedVectorStore(directory.Path);
        var wide = await new CatalogIndexer(new CountingEmbeddingGenerator(), store).BuildAsync(catalog, CancellationToken.None);
        var narrowGenerator = new CountingEmbeddingGenerator(256);
        var narrow = await new CatalogIndexer(narrowGenerator, store).BuildAsync(catalog, CancellationToken.None);
        Assert.NotEqual(wide.Info.VectorCollection, narrow.Info.VectorCollection);
        Assert.True(narrowGenerator.Embedded > 0);
        Assert.Equal(2, directory.IndexFiles().Length);
    }

    [Fact]
    public async Task An_interrupted_build_is_redone()
    {
        var catalog = TestRepository.Catalog;
        var documents = RetrievalDocumentSet.Build(catalog).All.Where(d => !d.Field.StartsWith("description", StringComparison.Ordinal)).ToList();
        var collection = CatalogIndexer.CollectionName("metric_docs", catalog.ContentHash, HashingEmbeddingGenerator.Provider, HashingEmbeddingGenerator.ModelId, HashingEmbeddingGenerator.DefaultDimensions, embedsDescriptions: false);
        var store = new EmbeddedVectorStore(directory.Path);
        await store.EnsureCollectionAsync(collection, HashingEmbeddingGenerator.DefaultDimensions, default);
        var hashing = new HashingEmbeddingGenerator();
        await store.UpsertAsync(collection, documents.Take(10).Select(d => new VectorPoint((ulong)d.Ordinal, hashing.Embed(d.EmbeddingText), d.ToPayload())).ToList(), default);

        var generator = new CountingEmbeddingGenerator();
        var retriever = await new CatalogIndexer(generator, new EmbeddedVectorStore(directory.Path)).BuildAsync(catalog, CancellationToken.None);
        Assert.Equal(collection, retriever.Info.VectorCollection);
        Assert.False(retriever.Info.DenseReused);
        Assert.Equal(documents.Count, generator.Embedded);
        Assert.Equal(documents.Count, await new EmbeddedVectorStore(directory.Path).CountAsync(collection, default));
    }
}
