using System.Text;
using Microsoft.Win32.SafeHandles;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval;

/// <summary>
/// The collection file of <see cref="EmbeddedVectorStore"/>, format 2:
/// <list type="number">
/// <item>a 1 KiB header (<see cref="VectorIndexHeader"/>: format version, dimensions, count, collection, embedder and
/// catalog stamp, checksums);</item>
/// <item>a bulk snapshot of the collection (<see cref="VectorSnapshotCodec"/>), read with one positional read per
/// array straight into the search structure;</item>
/// <item>blocks appended by later writes, each with its point count, length and checksum (records of
/// <see cref="VectorRecordCodec"/>).</item>
/// </list>
/// Appends write the block, then the header; <see cref="WriteSnapshot"/> rewrites the whole file as one snapshot
/// in a temporary file renamed over the old one. So an interrupted write leaves the previous state readable, and
/// a truncated or corrupt file is detected (lengths, checksums) instead of misread.
/// </summary>
internal static class VectorIndexFile
{
    private const uint BlockMark = 0xB10C_A5A5;
    private const int BlockHeaderSize = sizeof(uint) + sizeof(int) + sizeof(long);

    /// <summary>Creates (or truncates) the file of an empty collection: the header alone.</summary>
    public static void Create(string path, string collection, int dimensions, VectorCollectionStamp stamp)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        stream.Write(VectorIndexHeader.Empty(collection, dimensions, stamp).ToBytes());
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The header of a collection file (throws <see cref="InvalidDataException"/> when it is unsound).</summary>
    public static VectorIndexHeader ReadHeader(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return ReadHeader(handle);
    }

    /// <summary>
    /// Reads a collection file into <paramref name="memory"/>: the snapshot in bulk, then any appended blocks. Throws
    /// <see cref="InvalidDataException"/> for a file of another format, collection or stamp (when one is given), or
    /// one that is truncated or corrupt.
    /// </summary>
    public static VectorIndexHeader Load(string path, string collection, VectorCollectionStamp? stamp, InMemoryVectorStore memory, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var header = ReadHeader(handle);
        if (!string.Equals(header.Collection, collection, StringComparison.Ordinal))
            throw new InvalidDataException($"the file holds collection '{header.Collection}', not '{collection}'");
        if (stamp is not null && header.Stamp != stamp)
            throw new InvalidDataException($"the file was built by {header.Stamp.Embedder} for catalog {Short(header.Stamp.CatalogFingerprint)}, not {stamp.Embedder} for {Short(stamp.CatalogFingerprint)}");
        var length = RandomAccess.GetLength(handle);
        if (header.DataEnd > length) throw new InvalidDataException($"{path} is truncated ({length} bytes, {header.DataEnd} expected)");

        memory.DeleteCollectionAsync(collection, cancellationToken).GetAwaiter().GetResult();
        if (header.SnapshotEnd > VectorIndexHeader.Size)
        {
            var snapshot = VectorSnapshotCodec.Read(handle, VectorIndexHeader.Size, header.SnapshotEnd, header.Dimensions, header.SnapshotCount, header.SnapshotChecksum, cancellationToken);
            memory.Import(collection, snapshot);
        }
        else
        {
            memory.EnsureCollectionAsync(collection, header.Dimensions, cancellationToken).GetAwaiter().GetResult();
        }
        for (var position = header.SnapshotEnd; position < header.DataEnd;)
        {
            var (points, next) = ReadBlock(handle, position, header, cancellationToken);
            memory.UpsertAsync(collection, points, cancellationToken).GetAwaiter().GetResult();
            position = next;
        }
        var loaded = memory.CountAsync(collection, cancellationToken).GetAwaiter().GetResult();
        if (loaded != header.Count) throw new InvalidDataException($"{path}: header says {header.Count} points, {loaded} read");
        return header;
    }

    /// <summary>Appends one checksummed block of records, then updates the header's count and end of data.</summary>
    public static void Append(string path, IReadOnlyList<VectorPoint> points, long count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        var header = ReadHeader(stream.SafeFileHandle);
        var body = new MemoryStream();
        using (var writer = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var point in points) VectorRecordCodec.Write(writer, point, header.Dimensions);
        }
        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
        stream.Position = header.DataEnd;
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(BlockMark);
            writer.Write(points.Count);
            writer.Write((long)bytes.Length);
            writer.Write(bytes);
            writer.Write(IndexChecksum.Append(0, bytes));
        }
        var dataEnd = stream.Position;
        stream.SetLength(dataEnd);
        stream.Flush(flushToDisk: true);
        // the header last: until it is written, readers see the previous count and end of data
        stream.Position = 0;
        stream.Write((header with { Count = count, DataEnd = dataEnd }).ToBytes());
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Rewrites the file as one bulk snapshot: written to a temporary file, flushed, then renamed over the old one.</summary>
    public static void WriteSnapshot(string path, string collection, VectorCollectionStamp stamp, VectorCollectionSnapshot snapshot)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                stream.Position = VectorIndexHeader.Size;
                var checksum = VectorSnapshotCodec.Write(stream, snapshot);
                var end = stream.Position;
                stream.Position = 0;
                stream.Write(new VectorIndexHeader(snapshot.Dimensions, snapshot.Count, snapshot.Count, end, end, checksum, collection, stamp).ToBytes());
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static VectorIndexHeader ReadHeader(SafeFileHandle handle)
    {
        var bytes = new byte[VectorIndexHeader.Size];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
            if (n == 0) throw new InvalidDataException("vector index file is shorter than its header");
            read += n;
        }
        return VectorIndexHeader.Read(bytes);
    }

    private static (int Count, long Length) ReadBlockHeader(SafeFileHandle handle, long position, VectorIndexHeader header)
    {
        Span<byte> head = stackalloc byte[BlockHeaderSize];
        if (header.DataEnd - position < BlockHeaderSize || RandomAccess.Read(handle, head, position) != BlockHeaderSize)
            throw new InvalidDataException("vector index block is truncated");
        var count = BitConverter.ToInt32(head[sizeof(uint)..]);
        var length = BitConverter.ToInt64(head[(sizeof(uint) + sizeof(int))..]);
        if (BitConverter.ToUInt32(head) != BlockMark || count < 0 || length < 0 || length > header.DataEnd - position - BlockHeaderSize - sizeof(ulong) || length > int.MaxValue)
            throw new InvalidDataException("corrupt vector index block");
        return (count, length);
    }

    private static (List<VectorPoint> Points, long Next) ReadBlock(SafeFileHandle handle, long position, VectorIndexHeader header, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var (count, length) = ReadBlockHeader(handle, position, header);
        var bytes = new byte[length + sizeof(ulong)];
        var read = 0;
        while (read < bytes.Length)
        {
            var n = RandomAccess.Read(handle, bytes.AsSpan(read), position + BlockHeaderSize + read);
            if (n == 0) throw new InvalidDataException("vector index block is truncated");
            read += n;
        }
        if (BitConverter.ToUInt64(bytes, (int)length) != IndexChecksum.Append(0, bytes.AsSpan(0, (int)length)))
            throw new InvalidDataException("vector index block checksum does not match (corrupt file)");
        var points = new List<VectorPoint>(count);
        using var reader = new BinaryReader(new MemoryStream(bytes, 0, (int)length), Encoding.UTF8);
        for (var i = 0; i < count; i++) points.Add(VectorRecordCodec.Read(reader, header.Dimensions));
        if (reader.BaseStream.Position != length) throw new InvalidDataException("vector index block records overrun its length");
        return (points, position + BlockHeaderSize + length + sizeof(ulong));
    }

    private static string Short(string fingerprint) => fingerprint.Length > 12 ? fingerprint[..12] : fingerprint;
}
