using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Understanding.Tests.Retrieval;

/// <summary>
/// The BM25 indexes kept between starts: what is read back is what was built (every term, posting, idf, norm and
/// weight, and the same answers); a retriever built from the file answers as one built from the tokens; the file is
/// never served for another catalog or build, and a damaged or foreign one is rebuilt with a warning.
/// </summary>
public sealed class Bm25SnapshotTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ma-bm25-" + Guid.NewGuid().ToString("N"));

    private static readonly string[] Questions =
        ["上个月客单价是多少", "GMV", "how many new members joined last month", "avrage order value", "reveune", "各品类的毛利率和商品销售额", "旧口径销售额", "坪效"];

    public void Dispose()
    {
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    private static byte[] Bytes(Bm25Index index)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) index.WriteTo(writer);
        return stream.ToArray();
    }

    [Fact]
    public void An_index_read_back_is_the_index_built()
    {
        string[][] documents = [["毛利率", "gross", "margin"], ["客单价", "average", "order", "value", "value"], ["gross", "merchandise", "value"], []];
        var built = Bm25Index.Build(documents, [2f, 1f, 1.5f, 1f]);
        var bytes = Bytes(built);
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var read = Bm25Index.ReadFrom(reader);
        Assert.Equal(bytes, Bytes(read));
        Assert.Equal((built.DocumentCount, built.TermCount, built.PostingCount), (read.DocumentCount, read.TermCount, read.PostingCount));
        foreach (var query in new[] { ["value"], ["gross", "margin"], ["valeu"], ["merch"], new[] { "客单价" } })
            Assert.Equal(built.Search(query, 10), read.Search(query, 10));
    }

    [Fact]
    public async Task A_retriever_from_the_kept_indexes_answers_as_one_built_from_the_tokens()
    {
        var snapshot = new Bm25Snapshot(directory);
        var built = await new CatalogIndexer(null, null, bm25: snapshot).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        Assert.False(built.Info.Bm25Reused);
        Assert.True(File.Exists(snapshot.FilePath));
        var read = await new CatalogIndexer(null, null, bm25: snapshot).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        Assert.True(read.Info.Bm25Reused);
        Assert.Equal(Bytes(built.Bm25.Metrics), Bytes(read.Bm25.Metrics));
        Assert.Equal(Bytes(built.Bm25.Dimensions), Bytes(read.Bm25.Dimensions));
        Assert.Equal((built.Info.LexicalTerms, built.Info.LexicalPostings), (read.Info.LexicalTerms, read.Info.LexicalPostings));
        foreach (var question in Questions)
        {
            Assert.Equal(await built.RetrieveAsync(question, 5, null, CancellationToken.None), await read.RetrieveAsync(question, 5, null, CancellationToken.None));
            Assert.Equal(built.MatchDimensionValues(question, 5), read.MatchDimensionValues(question, 5));
        }
    }

    [Fact]
    public async Task The_file_is_used_only_for_its_catalog_and_build()
    {
        var snapshot = new Bm25Snapshot(directory);
        await new CatalogIndexer(null, null, bm25: snapshot).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        Assert.NotNull(snapshot.TryRead(Bm25Snapshot.KeyFor(TestRepository.Catalog.ContentHash), out _, out _));
        Assert.Null(snapshot.TryRead(Bm25Snapshot.KeyFor("another-catalog"), out var rejected, out var damaged));
        Assert.Equal("of another catalog version or build", rejected);
        Assert.False(damaged);
        Assert.Contains(typeof(Bm25Snapshot).Assembly.ManifestModule.ModuleVersionId.ToString("N"), Bm25Snapshot.KeyFor("x"), StringComparison.Ordinal);
        Assert.Contains(RetrievalDocumentSet.Version, Bm25Snapshot.KeyFor("x"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("flipped")]
    [InlineData("foreign")]
    public async Task A_damaged_or_foreign_file_is_rebuilt_with_a_warning(string damage)
    {
        var logger = new WarningLogger<Bm25Snapshot>();
        var snapshot = new Bm25Snapshot(directory, logger);
        var built = await new CatalogIndexer(null, null, bm25: snapshot).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        var bytes = File.ReadAllBytes(snapshot.FilePath);
        File.WriteAllBytes(snapshot.FilePath, damage switch
        {
            "truncated" => bytes[..^3],
            "flipped" => [.. bytes[..^2], (byte)(bytes[^2] ^ 0x5A), bytes[^1]],
            _ => [.. "MAREADER"u8, .. bytes[8..]],
        });
        var rebuilt = await new CatalogIndexer(null, null, bm25: snapshot).BuildAsync(TestRepository.Catalog, CancellationToken.None);
        Assert.False(rebuilt.Info.Bm25Reused);
        Assert.Single(logger.Warnings);
        Assert.Equal(Bytes(built.Bm25.Metrics), Bytes(rebuilt.Bm25.Metrics));
        // the file was written again, whole
        Assert.True((await new CatalogIndexer(null, null, bm25: snapshot).BuildAsync(TestRepository.Catalog, CancellationToken.None)).Info.Bm25Reused);
    }
}
