namespace MetricAssistant.Api.Tests.Telemetry;

/// <summary>
/// Reads an OTLP/HTTP protobuf ExportTraceServiceRequest far enough to list its spans' names: resource_spans (1) →
/// scope_spans (2) → spans (2) → name (5), by the protobuf wire format. A body the exporter got wrong fails here.
/// </summary>
public static class OtlpSpanNames
{
    public static IReadOnlyList<string> Read(byte[] request)
    {
        var names = new List<string>();
        foreach (var resourceSpans in Fields(request, 1))
            foreach (var scopeSpans in Fields(resourceSpans, 2))
                foreach (var span in Fields(scopeSpans, 2))
                    names.AddRange(Fields(span, 5).Select(n => System.Text.Encoding.UTF8.GetString(n)));
        return names;
    }

    /// <summary>The length-delimited fields numbered <paramref name="number"/>; every other field is skipped by its wire type.</summary>
    private static IEnumerable<byte[]> Fields(byte[] message, int number)
    {
        var found = new List<byte[]>();
        var position = 0;
        while (position < message.Length)
        {
            var key = Varint(message, ref position);
            var (field, wire) = ((int)(key >> 3), (int)(key & 7));
            switch (wire)
            {
                case 0: Varint(message, ref position); break;
                case 1: position += 8; break;
                case 5: position += 4; break;
                case 2:
                    var length = (int)Varint(message, ref position);
                    if (position + length > message.Length) throw new FormatException("a field runs past the message");
                    if (field == number) found.Add(message[position..(position + length)]);
                    position += length;
                    break;
                default: throw new FormatException($"wire type {wire} at {position}");
            }
        }
        if (position != message.Length) throw new FormatException("the message ends inside a field");
        return found;
    }

    private static ulong Varint(byte[] buffer, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= buffer.Length) throw new FormatException("a varint runs past the message");
            var b = buffer[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new FormatException("a varint longer than 10 bytes");
    }
}
