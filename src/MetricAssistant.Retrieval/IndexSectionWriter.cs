using System.Runtime.InteropServices;

namespace MetricAssistant.Retrieval;

/// <summary>Writes raw little-endian arrays (element count, then the bytes) to an index file and chains their checksum (<see cref="IndexChecksum"/>).</summary>
internal sealed class IndexSectionWriter(Stream stream)
{
    public ulong Checksum { get; private set; }

    public void Array<T>(ReadOnlySpan<T> values) where T : unmanaged
    {
        Span<byte> count = stackalloc byte[sizeof(long)];
        BitConverter.TryWriteBytes(count, (long)values.Length);
        Put(count);
        Put(MemoryMarshal.AsBytes(values));
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        stream.Write(bytes);
        Checksum = IndexChecksum.Append(Checksum, bytes);
    }
}
