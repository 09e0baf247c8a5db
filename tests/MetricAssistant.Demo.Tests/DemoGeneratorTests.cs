using MetricAssistant.Demo;

namespace MetricAssistant.Demo.Tests;

/// <summary>Determinism, checksum, scaling and the write-then-rename behaviour of the generator.</summary>
[Collection(DemoWarehouseCollection.Name)]
public sealed class DemoGeneratorTests(DemoWarehouseFixture db)
{
    private const double SmallScale = 0.02;

    private Task<DemoChecksum> GenerateAsync(string name, double scale, int seed, CancellationToken ct = default) =>
        new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(scale, seed, Path.Combine(db.Directory, name)), null, ct);

    [Fact]
    public async Task Same_seed_and_scale_give_the_same_checksum()
    {
        var first = await GenerateAsync("a.duckdb", SmallScale, 7);
        var second = await GenerateAsync("b.duckdb", SmallScale, 7);
        Assert.Equal(first.ToLine(), second.ToLine());
        Assert.Equal(first.ContentHashes, second.ContentHashes);
        Assert.StartsWith("checksum scale=0.02 seed=7 ", first.ToLine());
        Assert.Matches(@" sha=[0-9A-F]{8}$", first.ToLine());
        Assert.DoesNotContain('\n', first.ToLine());

        // scale multiplies the volume: 0.05 against 0.02
        var ratio = db.Checksum.RowCounts["orders"] / (double)first.RowCounts["orders"];
        Assert.InRange(ratio, 2.5 * 0.9, 2.5 * 1.1);
        Assert.InRange(db.Checksum.RowCounts["customers"] / (double)first.RowCounts["customers"], 2.5 * 0.95, 2.5 * 1.05);
        Assert.InRange(db.Checksum.RowCounts["order_items"] / (double)first.RowCounts["order_items"], 2.5 * 0.9, 2.5 * 1.1);
        Assert.InRange(db.Checksum.RowCounts["appointments"] / (double)first.RowCounts["appointments"], 2.5 * 0.85, 2.5 * 1.15);
        // fixed tables do not scale
        foreach (var table in new[] { "regions", "stores", "channels", "products", "store_staff_monthly", "store_traffic" })
            Assert.Equal(db.Checksum.RowCounts[table], first.RowCounts[table]);
        var visitorRatio = (double)(db.Checksum.AmountSums["store_traffic.visitors"] / first.AmountSums["store_traffic.visitors"]);
        Assert.InRange(visitorRatio, 2.5 * 0.9, 2.5 * 1.1);
    }

    [Fact]
    public async Task A_different_seed_gives_different_data()
    {
        var a = await GenerateAsync("seed1.duckdb", SmallScale, 1);
        var b = await GenerateAsync("seed2.duckdb", SmallScale, 2);
        Assert.NotEqual(a.ToLine(), b.ToLine());
        Assert.NotEqual(a.ContentHashes["orders"], b.ContentHashes["orders"]);
        // the dimension tables stay the same
        Assert.Equal(a.ContentHashes["stores"], b.ContentHashes["stores"]);
        Assert.Equal(a.ContentHashes["products"], b.ContentHashes["products"]);
    }

    [Fact]
    public async Task The_reader_recomputes_the_generators_checksum()
    {
        var recomputed = await DemoChecksumReader.ComputeAsync(db.FilePath, CancellationToken.None);
        Assert.Equal(db.Checksum.ToLine(), recomputed.ToLine());
        Assert.Equal(DemoWarehouseFixture.Scale, recomputed.Scale);
        Assert.Equal(DemoWarehouseFixture.Seed, recomputed.Seed);
        Assert.Equal(db.Long("SELECT count(*) FROM orders"), recomputed.RowCounts["orders"]);
        Assert.Equal((decimal)db.Double("SELECT sum(pay_amount) FROM orders"), recomputed.AmountSums["orders.pay_amount"], 2);
    }

    [Fact]
    public void Progress_reports_every_big_table()
    {
        List<GenerationProgress> reports;
        lock (db.Progress) reports = db.Progress.ToList();
        foreach (var table in new[] { "customers", "orders", "order_items", "refunds", "appointments", "store_traffic" })
            Assert.Contains(reports, p => p.Table == table);
        var lastOrders = reports.Last(p => p.Table == "orders");
        Assert.Equal(db.Checksum.RowCounts["orders"], lastOrders.RowsWritten);
    }

    [Fact]
    public async Task Output_is_replaced_atomically_and_no_temporary_file_stays()
    {
        var directory = Path.Combine(db.Directory, "overwrite");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "demo.duckdb");
        await File.WriteAllTextAsync(path, "not a database");
        await File.WriteAllTextAsync(path + ".wal", "stale wal");

        var checksum = await new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(0.005, 3, path), null, CancellationToken.None);

        Assert.Equal(checksum.ToLine(), (await DemoChecksumReader.ComputeAsync(path, CancellationToken.None)).ToLine());
        Assert.Equal(new[] { "demo.duckdb" }, Directory.GetFiles(directory).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public async Task A_cancelled_generation_leaves_nothing_behind()
    {
        var directory = Path.Combine(db.Directory, "cancelled");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "demo.duckdb");
        using var cts = new CancellationTokenSource();
        var progress = new CancelOn("orders", cts);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(0.02, 3, path), progress, cts.Token));

        Assert.Empty(Directory.GetFiles(directory));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(1000)]
    public async Task Rejects_an_invalid_scale(double scale)
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            new DemoWarehouseGenerator().GenerateAsync(new DemoGenerationOptions(scale, 1, Path.Combine(db.Directory, "x.duckdb")), null, CancellationToken.None));
    }

    private sealed class CancelOn(string table, CancellationTokenSource cts) : IProgress<GenerationProgress>
    {
        public void Report(GenerationProgress value)
        {
            if (value.Table == table) cts.Cancel();
        }
    }
}
