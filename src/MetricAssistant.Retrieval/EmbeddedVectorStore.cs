using System.Collections.Concurrent;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Retrieval;

/// <summary>
/// The default vector store: exact in-process cosine search (<see cref="InMemoryVectorStore"/>), each collection
/// persisted to one binary file <c>{directory}/{collection}.mavec</c>. Collection names carry the catalog's content
/// hash and the embedding (see <see cref="CatalogIndexer.CollectionName"/>), and the file's header records both
/// again (<see cref="VectorCollectionStamp"/>), so a file is reused as long as neither changes and a new one is
/// built when either does.
/// <para>
/// File (<see cref="VectorIndexFile"/>, format 2): a header, a bulk snapshot of the search structure written by
/// <see cref="CompactAsync"/> (the indexer calls it when a build is complete) and read back with one read per array,
/// then checksummed blocks appended by later upserts. A file of an older format, of another embedding or catalog,
/// or truncated or corrupt, is deleted with a warning and its collection reported missing (the indexer then rebuilds it).
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
    private readonly ConcurrentDictionary<string, VectorCollectionStamp> stamps = new(StringComparer.Ordinal);

    /// <summary>The stamp of collections created without one (a stamped reader never takes them for its own).</summary>
    private static readonly VectorCollectionStamp Unstamped = new("", "");

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
        return await LoadedAsync(collection, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> CollectionExistsAsync(string collection, VectorCollectionStamp stamp, CancellationToken cancellationToken)
    {
        Validate(collection);
        ArgumentNullException.ThrowIfNull(stamp);
        return await LoadedAsync(collection, stamp, cancellationToken).ConfigureAwait(false);
    }

    public Task EnsureCollectionAsync(string collection, int dimensions, CancellationToken cancellationToken) =>
        EnsureAsync(collection, dimensions, null, cancellationToken);

    public Task EnsureCollectionAsync(string collection, int dimensions, VectorCollectionStamp stamp, CancellationToken cancellationToken) =>
        EnsureAsync(collection, dimensions, stamp ?? throw new ArgumentNullException(nameof(stamp)), cancellationToken);

    /// <summary>An existing collection (of <paramref name="stamp"/> when given) is kept; otherwise a new, empty one replaces whatever was there.</summary>
    private async Task EnsureAsync(string collection, int dimensions, VectorCollectionStamp? stamp, CancellationToken cancellationToken)
    {
        Validate(collection);
        var gate = Gate(collection);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await LoadedLockedAsync(collection, stamp, cancellationToken).ConfigureAwait(false))
            {
                var existing = memory.DimensionsOf(collection);
                if (existing != dimensions) throw new InvalidOperationException($"collection '{collection}' has {existing} dimensions, not {dimensions}");
                return;
            }
            await memory.DeleteCollectionAsync(collection, cancellationToken).ConfigureAwait(false);
            await memory.EnsureCollectionAsync(collection, dimensions, cancellationToken).ConfigureAwait(false);
            stamps[collection] = stamp ?? Unstamped;
            if (PathOf(collection) is { } path)
            {
                System.IO.Directory.CreateDirectory(directory!);
                VectorIndexFile.Create(path, collection, dimensions, stamp ?? Unstamped);
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
            if (!await LoadedLockedAsync(collection, null, cancellationToken).ConfigureAwait(false))
                throw new InvalidOperationException($"collection '{collection}' does not exist; call EnsureCollectionAsync first");
            await memory.UpsertAsync(collection, points, cancellationToken).ConfigureAwait(false);
            if (PathOf(collection) is { } path) VectorIndexFile.Append(path, points, await memory.CountAsync(collection, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<IReadOnlyList<VectorSearchResult>> SearchAsync(string collection, ReadOnlyMemory<float> vector, int top, VectorFilter? filter, CancellationToken cancellationToken)
    {
        Validate(collection);
        if (!await LoadedAsync(collection, null, cancellationToken).ConfigureAwait(false))
            throw new InvalidOperationException($"collection '{collection}' does not exist");
        return await memory.SearchAsync(collection, vector, top, filter, cancellationToken).ConfigureAwait(false);
    }

    public async Task<long> CountAsync(string collection, CancellationToken cancellationToken)
    {
        Validate(collection);
        return await LoadedAsync(collection, null, cancellationToken).ConfigureAwait(false) ? await memory.CountAsync(collection, cancellationToken).ConfigureAwait(false) : 0;
    }

    public async Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken)
    {
        Validate(collection);
        var gate = Gate(collection);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await memory.DeleteCollectionAsync(collection, cancellationToken).ConfigureAwait(false);
            stamps.TryRemove(collection, out _);
            if (PathOf(collection) is { } path && File.Exists(path)) File.Delete(path);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Rewrites the collection's file as one bulk snapshot (when it has appended blocks), so the next start reads it in one go.</summary>
    public async Task CompactAsync(string collection, CancellationToken cancellationToken)
    {
        Validate(collection);
        if (PathOf(collection) is not { } path) return;
        var gate = Gate(collection);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!await LoadedLockedAsync(collection, null, cancellationToken).ConfigureAwait(false)) return;
            if (File.Exists(path) && VectorIndexFile.ReadHeader(path) is { } header && header.DataEnd == header.SnapshotEnd) return; // nothing appended since the last snapshot
            var snapshot = memory.Export(collection) ?? throw new InvalidOperationException($"collection '{collection}' does not exist");
            VectorIndexFile.WriteSnapshot(path, collection, stamps.GetValueOrDefault(collection, Unstamped), snapshot);
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
                stamps.TryRemove(name, out _);
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

    private async Task<bool> LoadedAsync(string collection, VectorCollectionStamp? stamp, CancellationToken cancellationToken)
    {
        if (memory.DimensionsOf(collection) is not null) return stamp is null || StampOf(collection) == stamp;
        if (PathOf(collection) is not { } path || !File.Exists(path)) return false;
        var gate = Gate(collection);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadedLockedAsync(collection, stamp, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    private VectorCollectionStamp StampOf(string collection) => stamps.GetValueOrDefault(collection, Unstamped);

    /// <summary>
    /// In memory (with <paramref name="stamp"/>, when given), or read from its file now (the caller holds the
    /// collection's gate). A file that cannot be used is deleted with a warning and counts as missing.
    /// </summary>
    private async Task<bool> LoadedLockedAsync(string collection, VectorCollectionStamp? stamp, CancellationToken cancellationToken)
    {
        if (memory.DimensionsOf(collection) is not null) return stamp is null || StampOf(collection) == stamp;
        if (PathOf(collection) is not { } path || !File.Exists(path)) return false;
        try
        {
            var header = VectorIndexFile.Load(path, collection, stamp, memory, cancellationToken);
            stamps[collection] = header.Stamp;
            Interlocked.Increment(ref filesLoaded);
            return true;
        }
        catch (OperationCanceledException)
        {
            await memory.DeleteCollectionAsync(collection, CancellationToken.None).ConfigureAwait(false); // never keep half a collection
            throw;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or ArgumentException or InvalidOperationException or OverflowException)
        {
            logger.LogWarning(e, "Vector index {File} cannot be used ({Reason}) and will be rebuilt", path, e.Message);
            await memory.DeleteCollectionAsync(collection, CancellationToken.None).ConfigureAwait(false);
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
