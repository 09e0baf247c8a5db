using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval;

/// <summary>
/// One point in a <see cref="VectorIndexFile"/>: a mark byte, id, payload (nullable strings flagged), then the
/// vector, stored sparse (index, value pairs) when fewer than half its values are non-zero.
/// </summary>
internal static class VectorRecordCodec
{
    private const byte RecordMark = 0xA5;

    public static void Write(BinaryWriter writer, VectorPoint point, int dimensions)
    {
        writer.Write(RecordMark);
        writer.Write(point.Id);
        var p = point.Payload;
        writer.Write(p.Kind);
        writer.Write(p.Field);
        writer.Write(p.Text);
        WriteNullable(writer, p.MetricId);
        WriteNullable(writer, p.DimensionId);
        WriteNullable(writer, p.Code);
        WriteNullable(writer, p.Status);
        WriteNullable(writer, p.ReplacedBy);
        WriteNullable(writer, p.Family);
        writer.Write(p.Official);
        writer.Write(p.Tags.Count);
        foreach (var tag in p.Tags) writer.Write(tag);

        var vector = point.Vector.Span;
        var nonZero = 0;
        foreach (var x in vector) if (x != 0) nonZero++;
        if (nonZero * 2 < dimensions)
        {
            writer.Write((byte)1);
            writer.Write(nonZero);
            for (var i = 0; i < vector.Length; i++)
            {
                if (vector[i] == 0) continue;
                writer.Write(i);
                writer.Write(vector[i]);
            }
        }
        else
        {
            writer.Write((byte)0);
            foreach (var x in vector) writer.Write(x);
        }
    }

    /// <summary>One record; anything malformed throws <see cref="InvalidDataException"/>.</summary>
    public static VectorPoint Read(BinaryReader reader, int dimensions)
    {
        if (reader.ReadByte() != RecordMark) throw new InvalidDataException("corrupt vector record");
        var id = reader.ReadUInt64();
        var kind = reader.ReadString();
        var field = reader.ReadString();
        var text = reader.ReadString();
        var metricId = ReadNullable(reader);
        var dimensionId = ReadNullable(reader);
        var code = ReadNullable(reader);
        var status = ReadNullable(reader);
        var replacedBy = ReadNullable(reader);
        var family = ReadNullable(reader);
        var official = reader.ReadBoolean();
        var tagCount = reader.ReadInt32();
        if (tagCount is < 0 or > 10_000) throw new InvalidDataException("corrupt vector record");
        var tags = new string[tagCount];
        for (var i = 0; i < tagCount; i++) tags[i] = reader.ReadString();

        var vector = new float[dimensions];
        var layout = reader.ReadByte();
        if (layout == 1)
        {
            var nonZero = reader.ReadInt32();
            if (nonZero < 0 || nonZero > dimensions) throw new InvalidDataException("corrupt vector record");
            for (var i = 0; i < nonZero; i++)
            {
                var index = reader.ReadInt32();
                if ((uint)index >= (uint)dimensions) throw new InvalidDataException("corrupt vector record");
                vector[index] = reader.ReadSingle();
            }
        }
        else if (layout == 0)
        {
            for (var i = 0; i < dimensions; i++) vector[i] = reader.ReadSingle();
        }
        else
        {
            throw new InvalidDataException("corrupt vector record");
        }
        return new VectorPoint(id, vector, new VectorPayload
        {
            Kind = kind, Field = field, Text = text, MetricId = metricId, DimensionId = dimensionId, Code = code,
            Status = status, ReplacedBy = replacedBy, Family = family, Official = official, Tags = tags,
        });
    }

    private static void WriteNullable(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    private static string? ReadNullable(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;
}
