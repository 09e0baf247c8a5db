using DuckDB.NET.Data;

namespace MetricAssistant.Demo;

/// <summary>
/// Builds the demo warehouse (a DuckDB file) described in the demo-domain spec (shared/specs/demo-domain.md). Same seed and scale
/// give the same data: every month comes from its own random stream, so months are generated ahead on the
/// thread pool while the previous ones are appended, in calendar order, through DuckDB appenders.
/// The file is written next to the target under a temporary name and renamed only when complete.
/// </summary>
public sealed class DemoWarehouseGenerator
{
    public const string GeneratorVersion = "1";

    /// <summary>Months generated ahead of the writer (the writer itself is one more thread).</summary>
    private const int GenerationWindow = 2;

    public Task<DemoChecksum> GenerateAsync(DemoGenerationOptions options, IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!(options.Scale > 0) || options.Scale > DemoGenerationOptions.MaxScale || double.IsNaN(options.Scale))
            throw new ArgumentOutOfRangeException(nameof(options), options.Scale, $"Scale must be in (0, {DemoGenerationOptions.MaxScale}].");
        if (string.IsNullOrWhiteSpace(options.OutputPath))
            throw new ArgumentException("An output path is required.", nameof(options));
        return Task.Run(() => Generate(options, progress, cancellationToken), cancellationToken);
    }

    private static async Task<DemoChecksum> Generate(DemoGenerationOptions options, IProgress<GenerationProgress>? progress, CancellationToken ct)
    {
        var output = Path.GetFullPath(options.OutputPath);
        var directory = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(output)}.{Guid.NewGuid():N}.tmp");
        try
        {
            DemoChecksum checksum;
            using (var connection = new DuckDBConnection($"Data Source={temp}"))
            {
                connection.Open();
                checksum = await WriteAsync(connection, options, progress, ct).ConfigureAwait(false);
                Execute(connection, "CHECKPOINT");
            }
            ct.ThrowIfCancellationRequested();
            // a stale write-ahead log next to the target would be replayed into the new file
            DeleteIfExists(output + ".wal");
            File.Move(temp, output, overwrite: true);
            return checksum;
        }
        finally
        {
            DeleteIfExists(temp);
            DeleteIfExists(temp + ".wal");
        }
    }

    private static async Task<DemoChecksum> WriteAsync(DuckDBConnection connection, DemoGenerationOptions options, IProgress<GenerationProgress>? progress, CancellationToken ct)
    {
        foreach (var table in DemoSchema.Tables) Execute(connection, table.CreateSql());

        var world = new DemoWorld(options.Seed, options.Scale);
        progress?.Report(new GenerationProgress("model", 1, 1));
        ct.ThrowIfCancellationRequested();
        DemoWorldTableWriter.WriteReferenceTables(connection, world, options);
        DemoWorldTableWriter.WriteCustomers(connection, world, progress);
        DemoWorldTableWriter.WriteStaff(connection, world);

        // months: generated ahead on the thread pool, written here in calendar order
        var months = new Task<DemoMonth>?[24];
        Task<DemoMonth> Start(int m) => Task.Run(() => DemoMonthGenerator.Generate(world, m, ct), ct);
        for (var m = 0; m < Math.Min(GenerationWindow, months.Length); m++) months[m] = Start(m);

        var expectedOrders = (long)Math.Round(world.ExpectedOrders);
        long itemCount = 0, refundCount = 0, appointmentCount = 0, trafficCount = 0;
        try
        {
            using var writer = new DemoMonthWriter(connection);
            for (var m = 0; m < months.Length; m++)
            {
                var month = await months[m]!.ConfigureAwait(false);
                months[m] = null;
                if (m + GenerationWindow < months.Length) months[m + GenerationWindow] = Start(m + GenerationWindow);
                ct.ThrowIfCancellationRequested();

                writer.Write(month);
                itemCount += month.Items.Length;
                trafficCount += month.Traffic.Length;
                progress?.Report(new GenerationProgress("orders", writer.OrderCount, expectedOrders));
            }
            refundCount = writer.RefundCount;
            appointmentCount = writer.AppointmentCount;
        }
        finally
        {
            // let generation still in flight finish before the connection goes away; only the first error counts
            foreach (var pending in months)
            {
                if (pending is null) continue;
                try { await pending.ConfigureAwait(false); }
#pragma warning disable CA1031 // the exception that ended the loop is the one to report
                catch (Exception) { }
#pragma warning restore CA1031
            }
        }
        progress?.Report(new GenerationProgress("order_items", itemCount, itemCount));
        progress?.Report(new GenerationProgress("refunds", refundCount, refundCount));
        progress?.Report(new GenerationProgress("appointments", appointmentCount, appointmentCount));
        progress?.Report(new GenerationProgress("store_traffic", trafficCount, trafficCount));

        ct.ThrowIfCancellationRequested();
        foreach (var table in DemoSchema.Tables.Where(t => t.PrimaryKey.Count > 0))
            Execute(connection, table.AddPrimaryKeySql());
        progress?.Report(new GenerationProgress("primary_keys", DemoSchema.Tables.Count, DemoSchema.Tables.Count));
        ct.ThrowIfCancellationRequested();
        var checksum = DemoChecksumReader.Compute(connection);
        progress?.Report(new GenerationProgress("checksum", 1, 1));
        return checksum;
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void DeleteIfExists(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
