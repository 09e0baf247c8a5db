using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MetricAssistant.Demo;

/// <summary>What to generate: <paramref name="Scale"/> multiplies customers, orders, items, appointments and traffic
/// (1 ≈ 1,000,000 orders); the same seed and scale always give the same data.</summary>
public sealed record DemoGenerationOptions(double Scale, int Seed, string OutputPath)
{
    public const double DefaultScale = 1.0;
    public const int DefaultSeed = 42;
    public const double MaxScale = 100.0;
}

/// <summary>Progress of one table: rows written so far out of about <paramref name="RowsExpected"/>.</summary>
public sealed record GenerationProgress(string Table, long RowsWritten, long RowsExpected);

/// <summary>
/// Fingerprint of a demo warehouse: row counts and sums per table, plus an order-independent content hash per
/// table. Two warehouses generated with the same seed and scale have the same <see cref="ToLine"/>.
/// </summary>
public sealed record DemoChecksum(IReadOnlyDictionary<string, long> RowCounts, IReadOnlyDictionary<string, decimal> AmountSums)
{
    /// <summary>Scale recorded in the warehouse (table <c>demo_metadata</c>), if any.</summary>
    public double? Scale { get; init; }

    /// <summary>Seed recorded in the warehouse (table <c>demo_metadata</c>), if any.</summary>
    public int? Seed { get; init; }

    /// <summary>Per-table XOR of DuckDB row hashes: catches changes that leave counts and sums intact.</summary>
    public IReadOnlyDictionary<string, ulong> ContentHashes { get; init; } = new Dictionary<string, ulong>();

    /// <summary>First 8 hex digits of a SHA-256 over every count, sum and content hash (keys sorted).</summary>
    public string Sha
    {
        get
        {
            var text = new StringBuilder();
            foreach (var (key, value) in RowCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append("count:").Append(key).Append('=').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
            foreach (var (key, value) in AmountSums.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append("sum:").Append(key).Append('=').Append(value.ToString("0.00", CultureInfo.InvariantCulture)).Append('\n');
            foreach (var (key, value) in ContentHashes.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append("hash:").Append(key).Append('=').Append(value.ToString("x16", CultureInfo.InvariantCulture)).Append('\n');
            var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
            return Convert.ToHexString(digest, 0, 4);
        }
    }

    /// <summary>One line, e.g. <c>checksum scale=1 seed=42 orders=1002345 order_items=... sum(pay_amount)=... sha=1A2B3C4D</c>.</summary>
    public string ToLine()
    {
        var line = new StringBuilder("checksum");
        if (Scale is { } scale) line.Append(" scale=").Append(scale.ToString(CultureInfo.InvariantCulture));
        if (Seed is { } seed) line.Append(" seed=").Append(seed.ToString(CultureInfo.InvariantCulture));
        foreach (var table in LineTables)
        {
            if (RowCounts.TryGetValue(table, out var count))
                line.Append(' ').Append(table).Append('=').Append(count.ToString(CultureInfo.InvariantCulture));
        }
        if (AmountSums.TryGetValue("orders.pay_amount", out var pay))
            line.Append(" sum(pay_amount)=").Append(pay.ToString("0.00", CultureInfo.InvariantCulture));
        if (AmountSums.TryGetValue("refunds.refund_amount", out var refund))
            line.Append(" sum(refund_amount)=").Append(refund.ToString("0.00", CultureInfo.InvariantCulture));
        line.Append(" sha=").Append(Sha);
        return line.ToString();
    }

    public override string ToString() => ToLine();

    private static readonly string[] LineTables = ["customers", "orders", "order_items", "refunds", "appointments", "store_traffic", "store_staff_monthly"];
}
