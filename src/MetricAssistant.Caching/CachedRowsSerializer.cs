using System.Buffers;
using System.Text;
using MetricAssistant.Application.Execution;
using Microsoft.Extensions.Caching.Hybrid;

namespace MetricAssistant.Caching;

/// <summary>
/// Rows as bytes for Redis without losing a type: every cell carries a tag (null, string, long, int, short, byte,
/// decimal with its scale, double, float, bool, DateOnly, DateTime with its kind, DateTimeOffset, TimeSpan, Guid), so a
/// decimal comes back a decimal (1.10 stays 1.10), a date a date, a null a null. Values of other types are refused
/// (<see cref="CanWrite"/>); such results are answered but not cached.
/// </summary>
public sealed class CachedRowsSerializer : IHybridCacheSerializer<CachedRows>
{
    private const byte Version = 1;

    private enum Tag : byte { Null, String, Long, Int, Short, Byte, Decimal, Double, Float, Bool, Date, DateTime, DateTimeOffset, TimeSpan, Guid }

    public static bool CanWrite(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        foreach (var row in rows)
            foreach (var cell in row)
                if (cell is not null && TagOf(cell) is null) return false;
        return true;
    }

    /// <summary>The serialised length, to keep entries over the configured size out of the cache.</summary>
    public static int Measure(CachedRows value)
    {
        var counter = new ArrayBufferWriter<byte>();
        new CachedRowsSerializer().Serialize(value, counter);
        return counter.WrittenCount;
    }

    public void Serialize(CachedRows value, IBufferWriter<byte> target)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write((byte)value.Outcome);
            writer.Write(value.Elapsed.Ticks);
            writer.Write7BitEncodedInt(value.Rows.Count);
            foreach (var row in value.Rows)
            {
                writer.Write7BitEncodedInt(row.Count);
                foreach (var cell in row) Write(writer, cell);
            }
        }
        target.Write(stream.GetBuffer().AsSpan(0, (int)stream.Length));
    }

    public CachedRows Deserialize(ReadOnlySequence<byte> source)
    {
        using var stream = new MemoryStream(source.IsSingleSegment ? source.FirstSpan.ToArray() : source.ToArray(), writable: false);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadByte() != Version) throw new InvalidDataException("Unknown cached rows format.");
        var outcome = (QueryOutcome)reader.ReadByte();
        var elapsed = TimeSpan.FromTicks(reader.ReadInt64());
        var rows = new IReadOnlyList<object?>[reader.Read7BitEncodedInt()];
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new object?[reader.Read7BitEncodedInt()];
            for (var c = 0; c < row.Length; c++) row[c] = Read(reader);
            rows[r] = row;
        }
        return new CachedRows(rows, outcome, elapsed);
    }

    private static Tag? TagOf(object value) => value switch
    {
        string => Tag.String,
        long => Tag.Long,
        int => Tag.Int,
        short => Tag.Short,
        byte => Tag.Byte,
        decimal => Tag.Decimal,
        double => Tag.Double,
        float => Tag.Float,
        bool => Tag.Bool,
        DateOnly => Tag.Date,
        DateTime => Tag.DateTime,
        DateTimeOffset => Tag.DateTimeOffset,
        TimeSpan => Tag.TimeSpan,
        Guid => Tag.Guid,
        _ => null,
    };

    private static void Write(BinaryWriter writer, object? cell)
    {
        if (cell is null) { writer.Write((byte)Tag.Null); return; }
        var tag = TagOf(cell) ?? throw new NotSupportedException($"A cached row cannot hold a {cell.GetType().Name}.");
        writer.Write((byte)tag);
        switch (cell)
        {
            case string s: writer.Write(s); break;
            case long l: writer.Write(l); break;
            case int i: writer.Write(i); break;
            case short h: writer.Write(h); break;
            case byte b: writer.Write(b); break;
            case decimal m: writer.Write(m); break;
            case double d: writer.Write(d); break;
            case float f: writer.Write(f); break;
            case bool flag: writer.Write(flag); break;
            case DateOnly day: writer.Write(day.DayNumber); break;
            case DateTime time: writer.Write(time.Ticks); writer.Write((byte)time.Kind); break;
            case DateTimeOffset offset: writer.Write(offset.Ticks); writer.Write((short)offset.Offset.TotalMinutes); break;
            case TimeSpan span: writer.Write(span.Ticks); break;
            case Guid id: writer.Write(id.ToByteArray()); break;
        }
    }

    private static object? Read(BinaryReader reader) => (Tag)reader.ReadByte() switch
    {
        Tag.Null => null,
        Tag.String => reader.ReadString(),
        Tag.Long => reader.ReadInt64(),
        Tag.Int => reader.ReadInt32(),
        Tag.Short => reader.ReadInt16(),
        Tag.Byte => reader.ReadByte(),
        Tag.Decimal => reader.ReadDecimal(),
        Tag.Double => reader.ReadDouble(),
        Tag.Float => reader.ReadSingle(),
        Tag.Bool => reader.ReadBoolean(),
        Tag.Date => DateOnly.FromDayNumber(reader.ReadInt32()),
        Tag.DateTime => new DateTime(reader.ReadInt64(), (DateTimeKind)reader.ReadByte()),
        Tag.DateTimeOffset => new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16())),
        Tag.TimeSpan => TimeSpan.FromTicks(reader.ReadInt64()),
        Tag.Guid => new Guid(reader.ReadBytes(16)),
        var unknown => throw new InvalidDataException($"Unknown cell tag {(byte)unknown}."),
    };
}
