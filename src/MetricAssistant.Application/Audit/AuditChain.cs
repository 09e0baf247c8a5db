using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace MetricAssistant.Application.Audit;

/// <summary>
/// The hash chain of the audit trail: each entry's hash is the SHA-256 (lower-case hex) of a canonical serialisation
/// of all its fields, its position and the previous entry's hash, so deleting, inserting, editing or reordering
/// entries breaks the chain at the first entry touched. The serialisation is a JSON array in a fixed order (format 1).
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first chained entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Times are kept to the microsecond (PostgreSQL's precision), so an entry hashes the same in every store.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset time) => new(time.Ticks - time.Ticks % 10, time.Offset);

    /// <summary>The hash of <paramref name="entry"/> at position <paramref name="seq"/> after <paramref name="previousHash"/>.</summary>
    public static string Hash(AuditEntry entry, long seq, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(1);
            json.WriteNumberValue(seq);
            json.WriteStringValue(previousHash);
            var time = Normalize(entry.Time);
            json.WriteStringValue(time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
            json.WriteNumberValue((int)time.Offset.TotalMinutes);
            Text(json, entry.UserId);
            Text(json, entry.CallerKind);
            Text(json, entry.Door);
            Text(json, entry.Question);
            Text(json, entry.Status);
            Text(json, entry.MetricId);
            if (entry.MetricVersion is { } version) json.WriteNumberValue(version); else json.WriteNullValue();
            Text(json, entry.Sql);
            Text(json, entry.ScopeJson);
            json.WriteNumberValue(entry.RowCount);
            json.WriteStringValue(entry.DurationMs.ToString("R", CultureInfo.InvariantCulture));
            Text(json, entry.ErrorCode);
            var replay = entry.Replay;
            Text(json, replay?.ParametersJson);
            Text(json, replay?.ColumnsJson);
            Text(json, replay?.Dialect);
            Text(json, replay?.MetricVersionsJson);
            if (replay?.CatalogRevision is { } revision) json.WriteNumberValue(revision); else json.WriteNullValue();
            Text(json, replay?.WatermarkJson);
            Text(json, replay?.RowsHash);
            json.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>The entry sealed at <paramref name="seq"/> after <paramref name="previousHash"/> (its id is the store's).</summary>
    public static AuditSeal Seal(AuditEntry entry, long id, long seq, string previousHash) => new(id, seq, previousHash, Hash(entry, seq, previousHash));

    private static void Text(Utf8JsonWriter json, string? value)
    {
        if (value is null) json.WriteNullValue();
        else json.WriteStringValue(value);
    }
}
