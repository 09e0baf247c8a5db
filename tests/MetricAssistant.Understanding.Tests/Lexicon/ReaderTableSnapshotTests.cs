using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Tests.Parsing;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Understanding.Tests.Lexicon;

/// <summary>
/// The reader's derived tables kept between starts: read back, they equal the tables built (every term in its order with
/// its entries, the qualified names, the typo matchers' terms and trigram index); a snapshot of another catalog or build
/// is never served; a truncated, corrupt or foreign file is rebuilt with a warning.
/// </summary>
public sealed class ReaderTableSnapshotTests : IDisposable
{
    private static readonly Lazy<SemanticCatalog> Generated = new(() => LatinTrigramIndexTests.GeneratedCatalog(TestRepository.Catalog, 1500, seed: 7));
    private readonly string directory = Path.Combine(Path.GetTempPath(), "ma-reader-tables-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }

    public static TheoryData<string> Catalogs => ["demo", "generated"];

    private static SemanticCatalog CatalogOf(string name) => name == "demo" ? TestRepository.Catalog : Generated.Value;

    private static ReaderTables Build(SemanticCatalog catalog)
    {
        var lexicon = new CatalogLexicon(catalog);
        // a word added after the catalog's (as the provider adds plurals) does not change the longest term length
        lexicon.Add("a word added afterwards " + new string('z', 200), new LexiconEntry(TermKind.Dimension, "channel"));
        return ReaderTables.Build(lexicon);
    }

    [Theory]
    [MemberData(nameof(Catalogs))]
    public void Tables_read_back_equal_the_tables_built(string name)
    {
        var catalog = CatalogOf(name);
        var built = Build(catalog);
        var snapshot = new ReaderTableSnapshot(directory);
        var key = ReaderTableSnapshot.KeyFor(catalog.ContentHash);
        Assert.True(snapshot.TryWrite(key, built, out var failure), failure);
        var read = snapshot.TryRead(key, out var rejected, out var damaged);
        Assert.True(read is not null, rejected);
        Assert.False(damaged);

        Assert.Equal(built.Lexicon.Terms, read.Lexicon.Terms);
        Assert.All(built.Lexicon.Terms, term => Assert.Equal(built.Lexicon.Lookup(term), read.Lexicon.Lookup(term)));
        Assert.Equal(built.Lexicon.MaxTermLength, read.Lexicon.MaxTermLength);
        Assert.NotEqual(built.Lexicon.Terms.Max(t => t.Length), read.Lexicon.MaxTermLength);
        Assert.Equal(built.Lexicon.DimensionSizes, read.Lexicon.DimensionSizes);
        Assert.Equal(built.Qualified.ByName.Keys, read.Qualified.ByName.Keys);
        Assert.All(built.Qualified.ByName, pair => Assert.Equal(
            pair.Value.Select(q => (q.Qualifier, q.Before, string.Join(';', q.Entries))),
            read.Qualified.ByName[pair.Key].Select(q => (q.Qualifier, q.Before, string.Join(';', q.Entries)))));
        Assert.Equal(built.EnglishTypos.LatinTerms, read.EnglishTypos.LatinTerms);
        var (keys, starts, orders) = built.EnglishTypos.Trigrams!.Arrays;
        Assert.Equal(keys, read.EnglishTypos.Trigrams!.Arrays.Keys);
        Assert.Equal(starts, read.EnglishTypos.Trigrams.Arrays.Starts);
        Assert.Equal(orders, read.EnglishTypos.Trigrams.Arrays.Orders);
        Assert.Equal(built.ChineseTypos.Terms, read.ChineseTypos.Terms);
        Assert.Equal(built.ValueTypos.Terms, read.ValueTypos.Terms);
        // the tables are not empty shells
        Assert.NotEmpty(built.Qualified.ByName);
        Assert.NotEmpty(built.EnglishTypos.LatinTerms);
        Assert.NotEmpty(built.ChineseTypos.Terms);
        Assert.NotEmpty(built.ValueTypos.Terms);
    }

    [Fact]
    public async Task A_reader_on_tables_read_back_reads_questions_as_one_on_tables_built()
    {
        var catalog = TestRepository.Catalog;
        var built = Build(catalog);
        var snapshot = new ReaderTableSnapshot(directory);
        var key = ReaderTableSnapshot.KeyFor(catalog.ContentHash);
        Assert.True(snapshot.TryWrite(key, built, out _));
        var read = snapshot.TryRead(key, out _, out _)!;
        var time = new MetricAssistant.Understanding.Time.TimeExpressionResolver(useRecognizers: false);
        var expected = new QuestionUnderstanding(catalog, built, time, null);
        var actual = new QuestionUnderstanding(catalog, read, time, null);
        var now = new DateTime(2025, 6, 15, 10, 0, 0, DateTimeKind.Unspecified);
        // exact names, a qualified name, English, Chinese and value typos
        string[] questions = ["上个月的GMV", "净 GMV 上个月", "last month's convertion rate", "上月订单树", "GMV on Tmal last month", "refund rate by chanel", "毛利律是多少"];
        foreach (var question in questions)
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(await expected.UnderstandAsync(question, now, null, CancellationToken.None)),
                System.Text.Json.JsonSerializer.Serialize(await actual.UnderstandAsync(question, now, null, CancellationToken.None)));
    }

    [Fact]
    public void A_snapshot_of_another_catalog_or_build_is_not_served()
    {
        var demo = TestRepository.Catalog;
        var changed = Generated.Value;
        var snapshot = new ReaderTableSnapshot(directory);
        Assert.True(snapshot.TryWrite(ReaderTableSnapshot.KeyFor(demo.ContentHash), Build(demo), out _));

        Assert.Null(snapshot.TryRead(ReaderTableSnapshot.KeyFor(changed.ContentHash), out var rejected, out var damaged));
        Assert.Equal("of another catalog version or build", rejected);
        Assert.False(damaged);
        // another build of an assembly that derives the tables is another key
        Assert.NotEqual(ReaderTableSnapshot.KeyFor(demo.ContentHash), ReaderTableSnapshot.KeyFor(demo.ContentHash, typeof(Xunit.FactAttribute).Assembly));
        Assert.Null(snapshot.TryRead(ReaderTableSnapshot.KeyFor(demo.ContentHash, typeof(Xunit.FactAttribute).Assembly), out _, out _));

        // loading the changed catalog builds its tables and keeps them in place of the old ones
        var builds = 0;
        var loaded = snapshot.Load(ReaderTableSnapshot.KeyFor(changed.ContentHash), () => { builds++; return Build(changed); });
        Assert.Equal(1, builds);
        Assert.Contains("生成指标1", string.Join(',', loaded.Lexicon.Terms.Take(100_000)), StringComparison.Ordinal);
        Assert.NotNull(snapshot.TryRead(ReaderTableSnapshot.KeyFor(changed.ContentHash), out _, out _));
        Assert.Null(snapshot.TryRead(ReaderTableSnapshot.KeyFor(demo.ContentHash), out _, out _));
        snapshot.Load(ReaderTableSnapshot.KeyFor(changed.ContentHash), () => { builds++; return Build(changed); });
        Assert.Equal(1, builds);
    }

    public static TheoryData<string> Damages => ["truncated", "flipped", "foreign", "empty"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_or_foreign_file_is_rebuilt_with_a_warning(string damage)
    {
        var catalog = TestRepository.Catalog;
        var key = ReaderTableSnapshot.KeyFor(catalog.ContentHash);
        var logger = new WarningLogger<ReaderTableSnapshot>();
        var snapshot = new ReaderTableSnapshot(directory, logger);
        Assert.True(snapshot.TryWrite(key, Build(catalog), out _));
        var bytes = File.ReadAllBytes(snapshot.Path);
        File.WriteAllBytes(snapshot.Path, damage switch
        {
            "truncated" => bytes[..(bytes.Length - 100)],
            "flipped" => [.. bytes[..^50], (byte)(bytes[^50] ^ 0x5A), .. bytes[^49..]],
            "foreign" => [.. "MACATSNP"u8, .. bytes[8..]],
            _ => [],
        });

        Assert.Null(snapshot.TryRead(key, out _, out var damaged));
        Assert.True(damaged);
        var builds = 0;
        snapshot.Load(key, () => { builds++; return Build(catalog); });
        Assert.Equal(1, builds);
        Assert.Single(logger.Warnings);
        Assert.NotNull(snapshot.TryRead(key, out _, out _));
    }

    [Fact]
    public void A_whole_file_naming_a_qualifier_it_does_not_hold_is_damaged_not_a_crash()
    {
        var key = ReaderTableSnapshot.KeyFor(TestRepository.Catalog.ContentHash);
        var snapshot = new ReaderTableSnapshot(directory);
        // the right magic, key and checksum; no entries, terms or dimensions, no qualifiers, then one name whose one
        // qualified form names qualifier 5
        var file = new MetricAssistant.Catalog.Snapshots.KeyedSnapshotFile(snapshot.Path, "MAREADER"u8.ToArray());
        Assert.True(file.TryWrite(key, stream =>
        {
            using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            foreach (var zero in new[] { 0, 0, 0, 0, 0 }) writer.Write(zero);
            writer.Write(1);
            writer.Write("gmv");
            writer.Write(1);
            writer.Write(5);
            writer.Write(true);
            writer.Write(0);
        }, out _));

        Assert.Null(snapshot.TryRead(key, out var rejected, out var damaged));
        Assert.True(damaged);
        Assert.Equal("unreadable: qualifier number out of range", rejected);
    }
}
