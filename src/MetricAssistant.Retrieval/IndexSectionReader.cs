using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MetricAssistant.Retrieval;

/// <summary>
/// Reads arrays written by <see cref="IndexSectionWriter"/> from [start, end) of a file straight into new arrays
/// (one positional read each) and chains their checksum. A length that cannot fit in what is left throws
/// <see cref="InvalidDataException"/>, so a corrupt count never allocates more than the file holds.
/// </summary>
internal sealed class IndexSectionReader(SafeFileHandle file, long position, long end, CancellationToken cancellationToken)
{
    public long Position { get; private set; } = position;
    public ulong Checksum { get; private set; }

    /// <param name="expected">The element count the header implies, or null when only the file says.</param>
    public T[] Array<T>(long? expected) where T : unmanaged
    {
        cancellationToken.ThrowIfCancellationRequested();
        Span<byte> prefix = stackalloc byte[sizeof(long)];
        Fill(prefix);
        var count = BitConverter.ToInt64(prefix);
        var size = Marshal.SizeOf<T>();
        if (count < 0 || (expected is { } e && count != e) || count > (end - Position) / size || count * size > int.MaxValue)
            throw new InvalidDataException("index file section has an impossible length (truncated or corrupt file)");
        var values = new T[count];
        Fill(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    private void Fill(Span<byte> buffer)
    {
        if (buffer.Length > end - Position) throw new InvalidDataException("index file is truncated");
        var done = 0;
        while (done < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer[done..], Position + done);
            if (read == 0) throw new InvalidDataException("index file is truncated");
            done += read;
        }
        Checksum = IndexChecksum.Append(Checksum, buffer);
        Position += buffer.Length;
    }
}
