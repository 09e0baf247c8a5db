using System.Collections.Concurrent;
using System.Text;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Retrieval;

/// <summary>
/// The default vector store: exact in-process cosine search (<see cref="InMemoryVectorStore"/>), each collection
/// persisted to one binary file <c>{directory}/{collection}.mavec</c>. Collection names carry the catalog's content
/// hash and the embedding (see <see cref="CatalogIndexer.CollectionName"/>), so a file is reused as long as neither
/// changes and a new one is built when either does.
/// <para>
/// File: a 1 KiB header (magic, format version, dimensions, point count, end of data, collection name), then one
/// record per upsert (id, payload, vector stored sparse when mostly zero). Writes append records and then update
/// the header's count and end, so an interrupted write leaves the previous state readable; a file that does not
/// read back cleanly is deleted and its collection reported missing (the indexer then rebuilds it).
/// </para>
/// A null directory keeps everything in memory. Thread-safe; one writer per collection file.
/// </summary>
public sealed class EmbeddedVectorStore : IVectorStore
{
    public const string FileExtension = ".mavec";
    private const int HeaderSize = 1024;
    private const int FormatVersion = 1;
    private const byte RecordMark = 0xA5;
    private static readonly byte[] Magic = "MAVEC\0\0\u0001"u8.ToArray();

    private readonly string? directory;
    private readonly ILogger logger;
    private readonly InMemoryVectorStore memory = new();
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.Ordinal);

    public EmbeddedVectorStore(string? directory, ILogger<EmbeddedVectorStore>? logger = null)
    {
        this.directory = string.IsNullOrWhiteSpace(directory) ? null : Path.GetFullPath(directory);
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public string? Directory => directory;

    /// <summary>How many collection files were read from disk (for tests and diagnostics).</summary>
    public int FilesLoaded => filesLoaded;
    private int filesLoaded;

    /// <summary>Approximate bytes of a loaded collection's search structure.</summary>
    public long EstimateBytes(string collection) => memory.EstimateBytes(collection);

    public string? PathOf(string collection) => directory is null ? null : Path.Combine(directory, collection + FileExtension);

    public async Task<bool> CollectionExistsAsync(string collection, CancellationToken cancellationToken)
    {
        Validate(collection);
        return await LoadedAsync(collection, cancellationToken).ConfigureAwait(false);
    }

    public async Task EnsureCollectionAsync(string collection, int dimensions, CancellationToken cancellationToken)
    {
        Validate(collection);
        var gate = Gate(collection);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await LoadedLockedAsync(collection, cancellationToken).ConfigureAwait(false))
            {
                var existing = memory.DimensionsOf(collection);
                if (existing != dimensions) throw new InvalidOperationException($"collection '{collection}' has {existing} dimensions, not {dimensions}");
                return;
            }
            await memory.EnsureCollectionAsync(collection, dimensions, cancellationToken).ConfigureAwait(false);
            if (PathOf(collection) is { } path)
            {
                System.IO.Directory.CreateDirectory(directory!);
                await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
                WriteHeader(stream, collection, dimensions, 0, HeaderSize);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task UpsertAsync(string collection, IReadOnlyList<VectorPoint> points, CancellationToken cancellationToken)
    {
        Validate(collection);
        if (points.Count == 0) return;
        var gate = Gate(collection);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await LoadedLockedAsync(collection, cancellationToken).ConfigureAwait(false))
                throw new InvalidOperationException($"collection '{collection}' does not exist; call EnsureCollectionAsync first");
            var dimensions = memory.DimensionsOf(collection)!.Value;
            await memory.UpsertAsync(collection, points, cancellationToken).ConfigureAwait(false);
            if (PathOf(collection) is { } path) Append(path, collection, dimensions, points, await memory.CountAsync(collection, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<VectorSearchResult>> SearchAsync(string collection, ReadOnlyMemory<float> vector, int top, VectorFilter? filter, CancellationToken cancellationToken)
    {
        Validate(collection);
        if (!await LoadedAsync(collection, cancellationToken).ConfigureAwait(false))
            throw new InvalidOperationException($"collection '{collection}' does not exist");
        return await memory.SearchAsync(collection, vector, top, filter, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> CountAsync(string collection, CancellationToken cancellationToken)
    {
        Validate(collection);
        return await LoadedAsync(collection, cancellationToken).ConfigureAwait(false) ? await memory.CountAsync(collection, cancellationToken).ConfigureAwait(false) : 0;
    }

    public async Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken)
    {
        Validate(collection);
        var gate = Gate(collection);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await memory.DeleteCollectionAsync(collection, cancellationToken).ConfigureAwait(false);
            if (PathOf(collection) is { } path && File.Exists(path)) File.Delete(path);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Deletes the files of collections whose names start with <paramref name="prefix"/>, other than
    /// <paramref name="keep"/> (indexes of earlier catalog versions). Returns how many were deleted.
    /// </summary>
    public int DeleteOtherCollections(string prefix, string keep)
    {
        if (directory is null || !System.IO.Directory.Exists(directory)) return 0;
        var deleted = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(directory, prefix + "*" + FileExtension))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (string.Equals(name, keep, StringComparison.Ordinal)) continue;
            try
            {
                memory.DeleteCollectionAsync(name, CancellationToken.None).GetAwaiter().GetResult();
                File.Delete(file);
                deleted++;
            }
            catch (IOException e)
            {
                logger.LogWarning(e, "Could not delete old vector index {File}", file);
            }
        }
        return deleted;
    }

    private SemaphoreSlim Gate(string collection) => gates.GetOrAdd(collection, _ => new SemaphoreSlim(1, 1));

    private async Task<bool> LoadedAsync(string collection, CancellationToken cancellationToken)
    {
        if (memory.DimensionsOf(collection) is not null) return true;
        if (PathOf(collection) is not { } path || !File.Exists(path)) return false;
        var gate = Gate(collection);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadedLockedAsync(collection, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>In memory, or read from its file now (the caller holds the collection's gate).</summary>
    private async Task<bool> LoadedLockedAsync(string collection, CancellationToken cancellationToken)
    {
        if (memory.DimensionsOf(collection) is not null) return true;
        if (PathOf(collection) is not { } path || !File.Exists(path)) return false;
        try
        {
            await LoadAsync(path, collection, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref filesLoaded);
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException)
        {
            logger.LogWarning(e, "Vector index {File} is unreadable and will be rebuilt", path);
            await memory.DeleteCollectionAsync(collection, cancellationToken).ConfigureAwait(false);
            try { File.Delete(path); } catch (IOException) { }
            return false;
        }
    }

    private async Task LoadAsync(string path, string collection, CancellationToken cancellationToken)
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
            batch.Add(ReadRecord(reader, dimensions));
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

    private static void Append(string path, string collection, int dimensions, IReadOnlyList<VectorPoint> points, long count)
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
            foreach (var point in points) WriteRecord(writer, point, dimensions);
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

    private static void WriteRecord(BinaryWriter writer, VectorPoint point, int dimensions)
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

    private static VectorPoint ReadRecord(BinaryReader reader, int dimensions)
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

    private static void Validate(string collection)
    {
        if (string.IsNullOrEmpty(collection) || collection.Length > 200 || !collection.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') || collection.StartsWith('.'))
            throw new ArgumentException($"invalid collection name '{collection}' (letters, digits, '_', '-', '.')", nameof(collection));
    }
}
