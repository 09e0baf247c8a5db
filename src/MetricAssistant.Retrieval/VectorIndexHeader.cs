using System.Text;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval;

/// <summary>
/// The first <see cref="Size"/> bytes of a <see cref="VectorIndexFile"/>: magic, format version, dimensions, point
/// count (in all, and in the snapshot), where the bulk snapshot ends and where appended blocks end, the snapshot's checksum, the collection name,
/// who built it (<see cref="VectorCollectionStamp"/>), and a checksum of the header itself.
/// </summary>
internal sealed record VectorIndexHeader(int Dimensions, long Count, long SnapshotCount, long SnapshotEnd, long DataEnd, ulong SnapshotChecksum,
    string Collection, VectorCollectionStamp Stamp)
{
    public const int Size = 1024;

    /// <summary>2: bulk snapshot plus checksummed appended blocks. 1 (record by record, no checksums) is never read: such files are rebuilt.</summary>
    public const int FormatVersion = 2;

    private static readonly byte[] Magic = "MAVEC\0\0\u0001"u8.ToArray();

    /// <summary>A collection without points: no snapshot, no blocks.</summary>
    public static VectorIndexHeader Empty(string collection, int dimensions, VectorCollectionStamp stamp) =>
        new(dimensions, 0, 0, Size, Size, 0, collection, stamp);

    public byte[] ToBytes()
    {
        var bytes = new byte[Size];
        using var writer = new BinaryWriter(new MemoryStream(bytes), Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Dimensions);
        writer.Write(Count);
        writer.Write(SnapshotCount);
        writer.Write(SnapshotEnd);
        writer.Write(DataEnd);
        writer.Write(SnapshotChecksum);
        writer.Write(Collection);
        writer.Write(Stamp.Embedder);
        writer.Write(Stamp.CatalogFingerprint);
        writer.Flush();
        var length = (int)writer.BaseStream.Position;
        if (length + sizeof(ulong) > Size) throw new ArgumentException("collection name and stamp do not fit in the index file header");
        writer.Write(IndexChecksum.Append(0, bytes.AsSpan(0, length)));
        return bytes;
    }

    /// <summary>Reads and checks a header; anything but a sound version-2 header of a little-endian machine throws <see cref="InvalidDataException"/>.</summary>
    public static VectorIndexHeader Read(ReadOnlySpan<byte> bytes)
    {
        if (!BitConverter.IsLittleEndian) throw new InvalidDataException("vector index files are read on little-endian machines only");
        if (bytes.Length < Size) throw new InvalidDataException("vector index file is shorter than its header");
        if (!bytes[..Magic.Length].SequenceEqual(Magic)) throw new InvalidDataException("not a vector index file");
        using var reader = new BinaryReader(new MemoryStream(bytes[..Size].ToArray()), Encoding.UTF8);
        reader.BaseStream.Position = Magic.Length;
        var version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"vector index format {version}, {FormatVersion} expected");
        try
        {
            var header = new VectorIndexHeader(reader.ReadInt32(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt64(), reader.ReadUInt64(),
                reader.ReadString(), new VectorCollectionStamp(reader.ReadString(), reader.ReadString()));
            var length = (int)reader.BaseStream.Position;
            if (length + sizeof(ulong) > Size || reader.ReadUInt64() != IndexChecksum.Append(0, bytes[..length]))
                throw new InvalidDataException("vector index header checksum does not match");
            if (header.Dimensions <= 0 || header.Count < 0 || header.SnapshotCount < 0 || header.SnapshotEnd < Size || header.DataEnd < header.SnapshotEnd)
                throw new InvalidDataException("corrupt vector index header");
            return header;
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("corrupt vector index header", e);
        }
    }
}
