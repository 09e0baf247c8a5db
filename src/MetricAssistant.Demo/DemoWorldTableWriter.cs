using System.Globalization;
using DuckDB.NET.Data;

namespace MetricAssistant.Demo;

/// <summary>
/// The warehouse tables that come from reference data and the world rather than from months: regions, stores,
/// channels, products, metadata, customers and monthly store staff. Written once, before the months.
/// </summary>
internal static class DemoWorldTableWriter
{
    /// <summary>Regions, stores, channels, products and the generator's metadata.</summary>
    public static void WriteReferenceTables(DuckDBConnection connection, DemoWorld world, DemoGenerationOptions options)
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
                    .AppendValue(category.NameZh).AppendValue(category.NameEn).AppendValue((decimal?)DemoWarehouseValues.Money(world.ProductCostCents[p]))
                    .AppendValue((decimal?)DemoWarehouseValues.Money(world.ProductListCents[p])).EndRow();
            }
        }
        using (var appender = connection.CreateAppender("demo_metadata"))
        {
            void Add(string key, string value) => appender.CreateRow().AppendValue(key).AppendValue(value).EndRow();
            Add("generator", "MetricAssistant.Infrastructure.Demo.DemoWarehouseGenerator");
            Add("generator_version", DemoWarehouseGenerator.GeneratorVersion);
            Add("seed", options.Seed.ToString(CultureInfo.InvariantCulture));
            Add("scale", options.Scale.ToString("R", CultureInfo.InvariantCulture));
            Add("data_start", DemoReferenceData.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("data_end", DemoReferenceData.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Add("snapshot_time", "2025-12-31 23:59:59");
        }
    }

    public static void WriteCustomers(DuckDBConnection connection, DemoWorld world, IProgress<GenerationProgress>? progress)
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
    public static void WriteStaff(DuckDBConnection connection, DemoWorld world)
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
}
