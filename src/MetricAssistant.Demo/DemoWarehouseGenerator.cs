using System.Globalization;
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
        WriteReferenceTables(connection, world, options);
        WriteCustomers(connection, world, progress);
        WriteStaff(connection, world);

        // months: generated ahead on the thread pool, written here in calendar order
        var months = new Task<DemoMonth>?[24];
        Task<DemoMonth> Start(int m) => Task.Run(() => DemoMonthGenerator.Generate(world, m, ct), ct);
        for (var m = 0; m < Math.Min(GenerationWindow, months.Length); m++) months[m] = Start(m);

        var expectedOrders = (long)Math.Round(world.ExpectedOrders);
        long orderOffset = 0, itemCount = 0, refundId = 0, appointmentId = 0, trafficCount = 0;
        try
        {
            using var orders = connection.CreateAppender("orders");
            using var items = connection.CreateAppender("order_items");
            using var refunds = connection.CreateAppender("refunds");
            using var appointments = connection.CreateAppender("appointments");
            using var traffic = connection.CreateAppender("store_traffic");
            for (var m = 0; m < months.Length; m++)
            {
                var month = await months[m]!.ConfigureAwait(false);
                months[m] = null;
                if (m + GenerationWindow < months.Length) months[m + GenerationWindow] = Start(m + GenerationWindow);
                ct.ThrowIfCancellationRequested();

                WriteOrders(orders, items, refunds, month, orderOffset, ref refundId);
                WriteAppointments(appointments, month, orderOffset, ref appointmentId);
                WriteTraffic(traffic, month);
                orderOffset += month.Orders.Length;
                itemCount += month.Items.Length;
                trafficCount += month.Traffic.Length;
                progress?.Report(new GenerationProgress("orders", orderOffset, expectedOrders));
            }
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
        progress?.Report(new GenerationProgress("refunds", refundId, refundId));
        progress?.Report(new GenerationProgress("appointments", appointmentId, appointmentId));
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

    private static void WriteReferenceTables(DuckDBConnection connection, DemoWorld world, DemoGenerationOptions options)
    {
        using (var appender = connection.CreateAppender("regions"))
        {
            foreach (var r in DemoReferenceData.Regions)
                appender.CreateRow().AppendValue(r.Code).AppendValue(r.NameZh).AppendValue(r.NameEn).EndRow();
        }
        using (var appender = connection.CreateAppender("stores"))
        {
            foreach (var s in DemoReferenceData.Stores)
            {
                var city = DemoReferenceData.CityOf(s);
                appender.CreateRow().AppendValue((int?)s.StoreId).AppendValue(s.NameZh).AppendValue(s.NameEn).AppendValue(city.NameZh)
                    .AppendValue(city.NameEn).AppendValue(city.RegionCode).AppendValue(s.StoreType).AppendValue((DateOnly?)s.OpenedOn).EndRow();
            }
        }
        using (var appender = connection.CreateAppender("channels"))
        {
            foreach (var c in DemoReferenceData.Channels)
                appender.CreateRow().AppendValue(c.Code).AppendValue(c.NameZh).AppendValue(c.NameEn).AppendValue((bool?)c.IsOnline).EndRow();
        }
        using (var appender = connection.CreateAppender("products"))
        {
            for (var p = 0; p < world.ProductName.Length; p++)
            {
                var category = DemoReferenceData.Categories[world.ProductCategory[p]];
                appender.CreateRow().AppendValue((int?)(p + 1)).AppendValue(world.ProductName[p]).AppendValue(category.Code)
                    .AppendValue(category.NameZh).AppendValue(category.NameEn).AppendValue((decimal?)Money(world.ProductCostCents[p]))
                    .AppendValue((decimal?)Money(world.ProductListCents[p])).EndRow();
            }
        }
        using (var appender = connection.CreateAppender("demo_metadata"))
        {
            void Add(string key, string value) => appender.CreateRow().AppendValue(key).AppendValue(value).EndRow();
            Add("generator", "MetricAssistant.Infrastructure.Demo.DemoWarehouseGenerator");
            Add("generator_version", GeneratorVersion);
            Add("seed", options.Seed.ToString(CultureInfo.InvariantCulture));
            Add("scale", options.Scale.ToString("R", CultureInfo.InvariantCulture));
            Add("data_start", DemoReferenceData.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("data_end", DemoReferenceData.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("snapshot_time", "2025-12-31 23:59:59");
        }
    }

    private static void WriteCustomers(DuckDBConnection connection, DemoWorld world, IProgress<GenerationProgress>? progress)
    {
        var regions = DemoReferenceData.Regions.Select(r => r.Code).ToArray();
        var levels = DemoReferenceData.MemberLevels;
        using (var appender = connection.CreateAppender("customers"))
        {
            for (var i = 0; i < world.CustomerCount; i++)
            {
                appender.CreateRow().AppendValue((int?)(i + 1)).AppendValue((DateOnly?)DemoReferenceData.FirstDay.AddDays(world.CustomerSignupDay[i]))
                    .AppendValue(regions[world.CustomerRegion[i]]).AppendValue(levels[world.CustomerLevel[i]]).EndRow();
            }
        }
        progress?.Report(new GenerationProgress("customers", world.CustomerCount, world.CustomerCount));
    }

    /// <summary>Headcount per store and month while the store is open: by store type, drifting slowly, with seasonal help.</summary>
    private static void WriteStaff(DuckDBConnection connection, DemoWorld world)
    {
        using var appender = connection.CreateAppender("store_staff_monthly");
        for (var s = 0; s < world.StoreCount; s++)
        {
            var rng = DemoRandom.ForStream(world.Seed, 41, (ulong)s);
            var (low, high) = world.StoreType[s] switch { 0 => (28, 36), 1 => (12, 20), _ => (9, 14) };
            var target = rng.NextInt(low, high + 1);
            var current = target;
            for (var m = 0; m < 24; m++)
            {
                var step = rng.NextDouble();
                current += step < 0.2 ? -1 : step < 0.8 ? 0 : 1;
                current += Math.Sign(target - current) * (rng.Chance(0.3) ? 1 : 0);
                var lastDay = world.MonthStartDay[m + 1] - 1;
                if (!world.IsOpen(s, lastDay)) continue;
                var month = m % 12 + 1;
                var seasonal = month switch { 11 => world.StoreType[s] == 0 ? 3 : 2, 12 => 1, 6 => 1, 2 => -1, _ => 0 };
                var headcount = Math.Clamp(current + seasonal, 8, 40);
                appender.CreateRow().AppendValue((DateOnly?)new DateOnly(2024 + m / 12, month, 1)).AppendValue((int?)(s + 1)).AppendValue((int?)headcount).EndRow();
            }
        }
    }

    private static void WriteOrders(DuckDBAppender orders, DuckDBAppender items, DuckDBAppender refunds, DemoMonth month, long orderOffset, ref long refundId)
    {
        var channels = ChannelCodes;
        var statuses = DemoStatus.OrderNames;
        for (var p = 0; p < month.SortedOrder.Length; p++)
        {
            ref readonly var o = ref month.Orders[month.SortedOrder[p]];
            var orderId = (int)(orderOffset + p + 1);
            var row = orders.CreateRow()
                .AppendValue((int?)orderId)
                .AppendValue((int?)o.CustomerId)
                .AppendValue((int?)(o.StoreIndex + 1))
                .AppendValue(channels[o.Channel])
                .AppendValue((DateTime?)Time(o.TimeSec))
                .AppendValue(statuses[o.Status])
                .AppendValue((decimal?)Money(o.OrderCents))
                .AppendValue((decimal?)Money(o.DiscountCents))
                .AppendValue((decimal?)Money(o.PayCents));
            if (o.PaidSec < 0) row.AppendNullValue(); else row.AppendValue((DateTime?)Time(o.PaidSec));
            row.EndRow();

            for (var l = 0; l < o.ItemCount; l++)
            {
                ref readonly var item = ref month.Items[o.ItemStart + l];
                items.CreateRow()
                    .AppendValue((int?)orderId)
                    .AppendValue((int?)(l + 1))
                    .AppendValue((int?)item.ProductId)
                    .AppendValue((int?)item.Quantity)
                    .AppendValue((decimal?)Money(item.UnitCents))
                    .AppendValue((decimal?)Money(item.UnitCents * item.Quantity))
                    .EndRow();
            }
            for (var r = 0; r < o.RefundCount; r++)
            {
                ref readonly var refund = ref month.Refunds[o.RefundStart + r];
                refunds.CreateRow()
                    .AppendValue((int?)(int)++refundId)
                    .AppendValue((int?)orderId)
                    .AppendValue((DateTime?)Time(refund.TimeSec))
                    .AppendValue((decimal?)Money(refund.Cents))
                    .EndRow();
            }
        }
    }

    private static void WriteAppointments(DuckDBAppender appender, DemoMonth month, long orderOffset, ref long appointmentId)
    {
        var statuses = DemoStatus.AppointmentNames;
        foreach (var a in month.Appointments)
        {
            var row = appender.CreateRow()
                .AppendValue((int?)(int)++appointmentId)
                .AppendValue((int?)a.CustomerId)
                .AppendValue((int?)(a.StoreIndex + 1))
                .AppendValue((DateTime?)Time(a.CreatedSec))
                .AppendValue((DateOnly?)DemoReferenceData.FirstDay.AddDays(a.Day))
                .AppendValue(statuses[a.Status]);
            if (a.OrderLocal < 0) row.AppendNullValue();
            else row.AppendValue((int?)(int)(orderOffset + month.OrderRank[a.OrderLocal] + 1));
            row.EndRow();
        }
    }

    private static void WriteTraffic(DuckDBAppender appender, DemoMonth month)
    {
        var channels = ChannelCodes;
        foreach (var t in month.Traffic)
        {
            appender.CreateRow()
                .AppendValue((DateOnly?)DemoReferenceData.FirstDay.AddDays(t.Day))
                .AppendValue((int?)(t.StoreIndex + 1))
                .AppendValue(channels[t.Channel])
                .AppendValue((int?)t.Visitors)
                .EndRow();
        }
    }

    private static readonly string[] ChannelCodes = DemoReferenceData.Channels.Select(c => c.Code).ToArray();

    private static DateTime Time(int seconds) => DemoWorld.Epoch.AddTicks(seconds * TimeSpan.TicksPerSecond);

    internal static decimal Money(long cents) => new((int)(cents & 0xFFFFFFFF), (int)(cents >> 32), 0, false, 2);

    internal static void Execute(DuckDBConnection connection, string sql)
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
