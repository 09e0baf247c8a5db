using System.Text;
using MetricAssistant.Understanding.Retrieval;

namespace MetricAssistant.Retrieval;

/// <summary>
/// The collection file of <see cref="EmbeddedVectorStore"/>: a 1 KiB header (magic, format version, dimensions,
/// point count, end of data, collection name), then one record per upserted point (see <see cref="VectorRecordCodec"/>).
/// Writes append records and update the header last, so an interrupted write leaves the previous state readable.
/// </summary>
internal static class VectorIndexFile
{
    private const int HeaderSize = 1024;
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "MAVEC\0\0\u0001"u8.ToArray();

    /// <summary>Creates (or truncates) the file of an empty collection: the header alone.</summary>
    public static async Task CreateAsync(string path, string collection, int dimensions, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        WriteHeader(stream, collection, dimensions, 0, HeaderSize);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a collection file into <paramref name="memory"/>; a file that does not read back cleanly throws.</summary>
    public static async Task LoadAsync(string path, string collection, InMemoryVectorStore memory, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        var (dimensions, count, dataEnd) = ReadHeader(reader, collection);
        if (dataEnd > stream.Length) throw new InvalidDataException($"{path} is truncated");
        await memory.EnsureCollectionAsync(collection, dimensions, cancellationToken).ConfigureAwait(false);
        stream.Position = HeaderSize;
        var batch = new List<VectorPoint>(4096);
        while (stream.Position < dataEnd)
        {
            cancellationToken.ThrowIfCancellationRequested();
            batch.Add(VectorRecordCodec.Read(reader, dimensions));
            if (batch.Count == 4096)
            {
                await memory.UpsertAsync(collection, batch, cancellationToken).ConfigureAwait(false);
                batch = new List<VectorPoint>(4096);
            }
        }
        if (stream.Position != dataEnd) throw new InvalidDataException($"{path}: records overrun the end of data");
        if (batch.Count > 0) await memory.UpsertAsync(collection, batch, cancellationToken).ConfigureAwait(false);
        var loaded = await memory.CountAsync(collection, cancellationToken).ConfigureAwait(false);
        if (loaded != count) throw new InvalidDataException($"{path}: header says {count} points, {loaded} read");
    }

    /// <summary>Appends records, then updates the header's count and end of data.</summary>
    public static void Append(string path, string collection, int dimensions, IReadOnlyList<VectorPoint> points, long count)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        long dataEnd;
        using (var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
        {
            (_, _, dataEnd) = ReadHeader(reader, collection);
        }
        stream.Position = dataEnd;
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var point in points) VectorRecordCodec.Write(writer, point, dimensions);
            writer.Flush();
        }
        dataEnd = stream.Position;
        stream.SetLength(dataEnd);
        stream.Flush(flushToDisk: true);
        // the header last: until it is written, readers see the previous count and end of data
        stream.Position = 0;
        WriteHeader(stream, collection, dimensions, count, dataEnd);
        stream.Flush(flushToDisk: true);
    }

    private static void WriteHeader(Stream stream, string collection, int dimensions, long count, long dataEnd)
    {
        var header = new byte[HeaderSize];
        using (var writer = new BinaryWriter(new MemoryStream(header), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(dimensions);
            writer.Write(count);
            writer.Write(dataEnd);
            writer.Write(collection);
        }
        stream.Position = 0;
        stream.Write(header);
    }

    private static (int Dimensions, long Count, long DataEnd) ReadHeader(BinaryReader reader, string collection)
    {
        reader.BaseStream.Position = 0;
        var magic = reader.ReadBytes(Magic.Length);
        if (!magic.AsSpan().SequenceEqual(Magic)) throw new InvalidDataException("not a vector index file");
        var version = reader.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"vector index format {version}, {FormatVersion} expected");
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt64();
        var dataEnd = reader.ReadInt64();
        var name = reader.ReadString();
        if (!string.Equals(name, collection, StringComparison.Ordinal)) throw new InvalidDataException($"the file holds collection '{name}', not '{collection}'");
        if (dimensions <= 0 || count < 0 || dataEnd < HeaderSize) throw new InvalidDataException("corrupt vector index header");
        return (dimensions, count, dataEnd);
    }
}
