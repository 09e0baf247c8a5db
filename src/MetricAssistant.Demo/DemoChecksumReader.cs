using System.Globalization;
using DuckDB.NET.Data;

namespace MetricAssistant.Demo;

/// <summary>Recomputes the <see cref="DemoChecksum"/> of an existing demo warehouse file.</summary>
public static class DemoChecksumReader
{
    /// <summary>Sums that enter the checksum: money columns and a few integer totals.</summary>
    private static readonly (string Key, string Table, string Expression)[] Sums =
    [
        ("orders.order_amount", "orders", "order_amount"),
        ("orders.discount_amount", "orders", "discount_amount"),
        ("orders.pay_amount", "orders", "pay_amount"),
        ("order_items.line_amount", "order_items", "line_amount"),
        ("order_items.quantity", "order_items", "quantity"),
        ("refunds.refund_amount", "refunds", "refund_amount"),
        ("products.unit_cost", "products", "unit_cost"),
        ("store_traffic.visitors", "store_traffic", "visitors"),
        ("store_staff_monthly.headcount", "store_staff_monthly", "headcount"),
    ];

    public static Task<DemoChecksum> ComputeAsync(string duckDbPath, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(duckDbPath);
        if (!File.Exists(duckDbPath)) throw new FileNotFoundException("Demo warehouse not found.", duckDbPath);
        return Task.Run(() =>
        {
            ct.ThrowIfCancellationRequested();
            using var connection = new DuckDBConnection($"Data Source={duckDbPath};ACCESS_MODE=READ_ONLY");
            connection.Open();
            return Compute(connection);
        }, ct);
    }

    internal static DemoChecksum Compute(DuckDBConnection connection)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var table in DemoSchema.DataTableNames)
        {
            using var command = connection.CreateCommand();
            // XOR of row hashes: independent of physical row order, sensitive to every value
            command.CommandText = $"SELECT count(*), coalesce(bit_xor(hash(t)), 0) FROM {table} t";
            using var reader = command.ExecuteReader();
            reader.Read();
            counts[table] = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            hashes[table] = Convert.ToUInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
        }
        var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, table, expression) in Sums)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT CAST(coalesce(sum({expression}), 0) AS DECIMAL(38,2)) FROM {table}";
            sums[key] = Convert.ToDecimal(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        double? scale = null;
        int? seed = null;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'demo_metadata'";
            if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
            {
                command.CommandText = "SELECT key, value FROM demo_metadata WHERE key IN ('scale', 'seed')";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    var value = reader.GetString(1);
                    if (reader.GetString(0) == "scale" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)) scale = s;
                    if (reader.GetString(0) == "seed" && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d)) seed = d;
                }
            }
        }
        return new DemoChecksum(counts, sums) { ContentHashes = hashes, Scale = scale, Seed = seed };
    }
}
