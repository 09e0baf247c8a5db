using System.Text.Json;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Snapshots;

namespace MetricAssistant.Catalog.Tests;

/// <summary>
/// The start-up snapshot: a catalog read back from it is the catalog the YAML gives, field for field (derived reach and
/// signatures included); a changed file, another build's or a damaged snapshot is never used.
/// </summary>
public sealed class CatalogSnapshotTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "ma-catalog-snapshot-" + Guid.NewGuid().ToString("N"));
    private string Index => Path.Combine(root, "index");
    private string Folder => Path.Combine(root, "catalog");
    private CatalogSnapshot Snapshot => new(Index);

    public CatalogSnapshotTests()
    {
        foreach (var directory in Directory.EnumerateDirectories(RepoPaths.Catalog, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(Folder, Path.GetRelativePath(RepoPaths.Catalog, directory)));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Catalog, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(Folder, Path.GetRelativePath(RepoPaths.Catalog, file)));
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void A_catalog_read_from_the_snapshot_is_the_catalog_the_yaml_gives()
    {
        var cold = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(CatalogSnapshotOutcome.Written, cold.Snapshot?.Outcome);
        Assert.True(File.Exists(Snapshot.Path));

        var warm = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(CatalogSnapshotOutcome.Read, warm.Snapshot?.Outcome);
        Assert.Empty(warm.Problems);
        var plain = new CatalogLoader().Load(Folder).Catalog!;
        Assert.NotSame(plain, warm.Catalog);
        Assert.Equal(Everything(plain), Everything(warm.Catalog!));
        Assert.Equal(plain.ContentHash, warm.Catalog!.ContentHash);
        Assert.Equal(plain.Metrics.Keys, warm.Catalog.Metrics.Keys);
    }

    [Fact]
    public void The_snapshot_keeps_chinese_as_utf8_not_escapes()
    {
        new CatalogLoader(Snapshot).Load(Folder);
        var bytes = File.ReadAllBytes(Snapshot.Path);
        Assert.True(bytes.AsSpan().IndexOf("成交"u8) >= 0);
        Assert.True(bytes.AsSpan().IndexOf("\\u6210"u8) < 0);
    }

    [Fact]
    public void Files_hashed_as_bytes_hash_as_their_text_does_whatever_their_encoding_or_line_ends()
    {
        var metrics = Path.Combine(Folder, "metrics");
        var gmv = Directory.EnumerateFiles(metrics, "gmv.yaml").Single();
        var orders = Directory.EnumerateFiles(metrics, "order_count.yaml").Single();
        var aov = Directory.EnumerateFiles(metrics, "aov.yaml").Single();
        // a UTF-8 byte order mark, Windows line ends, UTF-16 with its mark, and a stray byte that is not UTF-8
        File.WriteAllBytes(gmv, [0xEF, 0xBB, 0xBF, .. File.ReadAllBytes(gmv)]);
        File.WriteAllText(orders, File.ReadAllText(orders).Replace("\n", "\r\n", StringComparison.Ordinal));
        File.WriteAllText(aov, File.ReadAllText(aov), System.Text.Encoding.Unicode);
        var notes = Path.Combine(Folder, "notes.yaml");
        File.WriteAllBytes(notes, [.. "# caf"u8, 0xE9, .. "\n"u8]);

        var fromBytes = new CatalogLoader(Snapshot).Load(Folder);
        var texts = Directory.EnumerateFiles(Folder, "*.yaml", SearchOption.AllDirectories)
            .Select(f => ($"catalog/{Path.GetRelativePath(Folder, f).Replace('\\', '/')}", File.ReadAllText(f)));
        var fromText = new CatalogLoader().LoadFromText(texts);
        Assert.Empty(fromBytes.Problems);
        Assert.Equal(fromText.Catalog!.ContentHash, fromBytes.Catalog!.ContentHash);
        Assert.Equal(CatalogSnapshotOutcome.Read, new CatalogLoader(Snapshot).Load(Folder).Snapshot?.Outcome);
        Assert.Equal(Everything(fromText.Catalog), Everything(new CatalogLoader(Snapshot).Load(Folder).Catalog!));
    }

    [Fact]
    public void Files_larger_than_the_hashing_buffer_hash_as_read_whole()
    {
        // the warm path hashes the files one after the other through one buffer of 1 MiB, grown for a larger file
        var notes = Path.Combine(Folder, "notes.yaml");
        File.WriteAllText(notes, string.Concat(Enumerable.Repeat("# 指标说明 notes notes notes notes\n", 60_000)));
        Assert.True(new FileInfo(notes).Length > 2 << 20);
        var cold = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(CatalogSnapshotOutcome.Written, cold.Snapshot?.Outcome);
        var warm = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(CatalogSnapshotOutcome.Read, warm.Snapshot?.Outcome);
        Assert.Equal(cold.Catalog!.ContentHash, warm.Catalog!.ContentHash);

        File.AppendAllText(notes, "# one line more\n");
        Assert.Equal(CatalogSnapshotOutcome.Written, new CatalogLoader(Snapshot).Load(Folder).Snapshot?.Outcome);
    }

    [Fact]
    public void A_changed_file_is_loaded_from_the_yaml_and_the_snapshot_replaced()
    {
        new CatalogLoader(Snapshot).Load(Folder);
        var gmv = Directory.EnumerateFiles(Folder, "gmv.yaml", SearchOption.AllDirectories).Single(f => !f.Contains("history", StringComparison.Ordinal));
        var text = File.ReadAllText(gmv);
        File.WriteAllText(gmv, text.Replace("synonyms: [", "synonyms: [成交总额快照测试, ", StringComparison.Ordinal));

        var changed = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(new CatalogSnapshotUse(CatalogSnapshotOutcome.Written, "of another catalog version or build"), changed.Snapshot);
        Assert.Contains("成交总额快照测试", changed.Catalog!.Metrics["gmv"].Synonyms);
        var again = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(CatalogSnapshotOutcome.Read, again.Snapshot?.Outcome);
        Assert.Contains("成交总额快照测试", again.Catalog!.Metrics["gmv"].Synonyms);

        File.WriteAllText(gmv, text);
        var back = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(CatalogSnapshotOutcome.Written, back.Snapshot?.Outcome);
        Assert.DoesNotContain("成交总额快照测试", back.Catalog!.Metrics["gmv"].Synonyms);
    }

    [Fact]
    public void A_catalog_with_problems_is_not_kept()
    {
        File.WriteAllText(Path.Combine(Folder, "metrics", "broken.yaml"), "metric: broken\nname: { zh: 坏, en: Broken }\n");
        var result = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Null(result.Catalog);
        Assert.NotEmpty(result.Problems);
        Assert.False(File.Exists(Snapshot.Path));
    }

    [Theory]
    [InlineData("flip", "checksum mismatch")]
    [InlineData("truncate", "truncated")]
    [InlineData("foreign", "not a catalog snapshot")]
    [InlineData("empty", "not a catalog snapshot")]
    public void A_damaged_or_foreign_snapshot_is_rebuilt_never_trusted(string damage, string reason)
    {
        var expected = Everything(new CatalogLoader(Snapshot).Load(Folder).Catalog!);
        var bytes = File.ReadAllBytes(Snapshot.Path);
        File.WriteAllBytes(Snapshot.Path, damage switch
        {
            "flip" => Flip(bytes, bytes.Length - 100),
            "truncate" => bytes[..^1000],
            "foreign" => [.. "{\"not\":\"a snapshot\"}"u8],
            _ => [],
        });
        Assert.Null(Snapshot.TryRead(new CatalogLoader().Load(Folder).Catalog!.ContentHash, out var rejected));
        Assert.Equal(reason, rejected);

        var reloaded = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(new CatalogSnapshotUse(CatalogSnapshotOutcome.Written, reason), reloaded.Snapshot);
        Assert.Equal(expected, Everything(reloaded.Catalog!));
        Assert.Equal(CatalogSnapshotOutcome.Read, new CatalogLoader(Snapshot).Load(Folder).Snapshot?.Outcome);
    }

    [Fact]
    public void A_snapshot_of_another_catalog_is_not_used()
    {
        var catalog = new CatalogLoader(Snapshot).Load(Folder).Catalog!;
        Assert.Null(Snapshot.TryRead(new string('0', 64), out var rejected));
        Assert.Equal("of another catalog version or build", rejected);
        Assert.NotNull(Snapshot.TryRead(catalog.ContentHash, out _));
    }

    [Fact]
    public void Every_optional_field_the_demo_catalog_leaves_unset_is_read_back_as_written()
    {
        var demo = new CatalogLoader().Load(Folder).Catalog!;
        var at = new SourceLocation("catalog/metrics/gmv.yaml", 7);
        var window = new CalendarWindow(7, TimeGrain.Day);
        var gmv = demo.Metrics["gmv"];
        var simple = gmv.Calculation.Simple! with { NoRows = NoRowsValue.Unknown, EveryPeriod = true };
        var calculation = gmv.Calculation with
        {
            Simple = simple,
            Inputs = [new MetricInput("base", null, simple, at) { Label = "下单", OffsetWindow = window, OffsetToGrain = TimeGrain.Year }],
            Window = window,
            GrainToDate = TimeGrain.Month,
            PeriodAgg = CumulativePeriodValue.Average,
            Conversion = new ConversionParameters(ColumnPath.Parse("customers.customer_id"), ColumnPath.Parse("customer_id"),
                ConversionCalculation.Conversions, new CalendarWindow(3, TimeGrain.Week), [new ConstantProperty(ColumnPath.Parse("a.b"), ColumnPath.Parse("c"), at)], at),
        };
        var changed = gmv with
        {
            Calculation = calculation,
            Sunset = new DateOnly(2027, 1, 31),
            DefinitionsPublic = true,
            Freshness = new FreshnessExpectation(TimeSpan.FromHours(6), "6 hours", "paid_time", "etl.loads", at),
        };
        var orders = demo.Models["orders"];
        var measures = orders.Measures.Select((m, i) => i == 0
            ? m with { Percentile = new PercentileOptions(0.95m, true), SemiAdditive = new SemiAdditive("paid_time", Aggregation.Max) { Choice = WindowChoice.Min } }
            : m).ToList();
        var catalog = demo with
        {
            Metrics = demo.Metrics.ToDictionary(kv => kv.Key, kv => kv.Key == "gmv" ? changed : kv.Value, StringComparer.Ordinal),
            Models = demo.Models.ToDictionary(kv => kv.Key, kv => kv.Key == "orders" ? orders with { Measures = measures } : kv.Value, StringComparer.Ordinal),
            Access = demo.Access with { PublicDefinitionTags = [new PublicDefinitionTag("public", at)], ApprovalsRequired = 2 },
            Naming = demo.Naming with { MaxIdLength = 48, MaxNameLength = null },
            UnsupportedTerms = [new UnsupportedTerm(["毛利"], null, at) { Condition = true, Nearest = ["gmv"] }],
        };

        Assert.True(Snapshot.TryWrite(catalog, out var failure), failure);
        var read = Snapshot.TryRead(catalog.ContentHash, out var rejected);
        Assert.Null(rejected);
        Assert.Equal(Everything(catalog), Everything(read!));
        Assert.Equal(0.95m, read!.Models["orders"].Measures[0].Percentile!.Fraction);
        Assert.Equal(new DateOnly(2027, 1, 31), read.Metrics["gmv"].Sunset);
    }

    [Fact]
    public void A_payload_that_does_not_decode_is_damaged_not_a_crash()
    {
        var catalog = new CatalogLoader(Snapshot).Load(Folder).Catalog!;
        // a whole file with the right key and checksum whose payload is not a catalog: strings the catalog does not have
        var file = new KeyedSnapshotFile(Snapshot.Path, "MACATSNP"u8.ToArray(), "catalog snapshot");
        Assert.True(file.TryWrite(CatalogSnapshot.KeyFor(catalog.ContentHash), stream => stream.Write([1, 0, 0, 0, 1, (byte)'x', 5, 9]), out _));
        Assert.Null(Snapshot.TryRead(catalog.ContentHash, out var rejected));
        Assert.StartsWith("unreadable:", rejected, StringComparison.Ordinal);

        var reloaded = new CatalogLoader(Snapshot).Load(Folder);
        Assert.Equal(CatalogSnapshotOutcome.Written, reloaded.Snapshot?.Outcome);
        Assert.Equal(Everything(catalog), Everything(reloaded.Catalog!));
    }

    private static byte[] Flip(byte[] bytes, int at)
    {
        var copy = bytes.ToArray();
        copy[at] ^= 0x20;
        return copy;
    }

    // Reflection, not the snapshot's own serializer: every public property, derived reach and signatures included.
    private static string Everything(SemanticCatalog catalog) => JsonSerializer.Serialize(catalog, Options);

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };
}
