using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Snapshots;

/// <summary>
/// The parsed and validated catalog kept in <c>{directory}/catalog.masnap</c>, so a restart on unchanged definitions
/// skips the YAML and the validation. The file is keyed by the catalog's content hash, the snapshot format and the
/// build of this assembly (a changed reader may read the same YAML differently); a file of another key, truncated or
/// failing its checksum is never used. Layout: a <see cref="KeyedSnapshotFile"/> whose payload is the catalog in the
/// binary form of <see cref="CatalogSnapshotWriter"/> (format 3; JSON before, which took about a second of CPU to read
/// at 100k metrics and allocated every repeated string apart).
/// </summary>
public sealed class CatalogSnapshot(string directory)
{
    public const string FileName = "catalog.masnap";
    private const int FormatVersion = 5;
    private static readonly byte[] Magic = "MACATSNP"u8.ToArray();

    public string Path => System.IO.Path.Combine(directory, FileName);

    /// <summary>What a snapshot of the catalog with this content hash must carry to be used.</summary>
    public static string KeyFor(string contentHash) =>
        $"{contentHash}|{FormatVersion}|{typeof(CatalogSnapshot).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The catalog kept for <paramref name="contentHash"/>, or null with why not (no file, another catalog, damaged).</summary>
    public SemanticCatalog? TryRead(string contentHash, out string? rejected)
    {
        if (File().TryRead(KeyFor(contentHash), CatalogSnapshotReader.Read, out rejected, out _) is not { } catalog) return null;
        if (catalog.ContentHash != contentHash) { rejected = "of another catalog version"; return null; }
        return catalog;
    }

    /// <summary>Keeps the catalog (temporary file, then rename, so a reader never sees half a file); false with why when it cannot.</summary>
    public bool TryWrite(SemanticCatalog catalog, out string? failure) =>
        File().TryWrite(KeyFor(catalog.ContentHash), stream => CatalogSnapshotWriter.Write(catalog, stream), out failure);

    private KeyedSnapshotFile File() => new(Path, Magic, "catalog snapshot");
}
