using System.Collections.Concurrent;
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
                await VectorIndexFile.CreateAsync(path, collection, dimensions, cancellationToken).ConfigureAwait(false);
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
            if (PathOf(collection) is { } path) VectorIndexFile.Append(path, collection, dimensions, points, await memory.CountAsync(collection, cancellationToken).ConfigureAwait(false));
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
            await VectorIndexFile.LoadAsync(path, collection, memory, cancellationToken).ConfigureAwait(false);
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

    private static void Validate(string collection)
    {
        if (string.IsNullOrEmpty(collection) || collection.Length > 200 || !collection.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') || collection.StartsWith('.'))
            throw new ArgumentException($"invalid collection name '{collection}' (letters, digits, '_', '-', '.')", nameof(collection));
    }
}
