using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Snapshots;

/// <summary>
/// The parsed and validated catalog kept in <c>{directory}/catalog.masnap</c>, so a restart on unchanged definitions
/// skips the YAML and the validation. The file is keyed by the catalog's content hash, the snapshot format and the
/// build of this assembly (a changed reader may read the same YAML differently); a file of another key, truncated or
/// failing its checksum is never used. Layout: magic, key (length-prefixed UTF-8), payload length, SHA-256 of the
/// payload, payload (the catalog as source-generated JSON, UTF-8, non-ASCII unescaped).
/// </summary>
public sealed class CatalogSnapshot(string directory)
{
    public const string FileName = "catalog.masnap";
    private const int FormatVersion = 2;
    private static readonly byte[] Magic = "MACATSNP"u8.ToArray();

    public string Path => System.IO.Path.Combine(directory, FileName);

    /// <summary>What a snapshot of the catalog with this content hash must carry to be used.</summary>
    public static string KeyFor(string contentHash) =>
        $"{contentHash}|{FormatVersion}|{typeof(CatalogSnapshot).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The catalog kept for <paramref name="contentHash"/>, or null with why not (no file, another catalog, damaged).</summary>
    public SemanticCatalog? TryRead(string contentHash, out string? rejected)
    {
        if (File().TryRead(KeyFor(contentHash), out rejected, out _) is not var (bytes, offset)) return null;
        var payload = bytes.AsSpan(offset);
        try
        {
            var catalog = JsonSerializer.Deserialize(payload, CatalogSnapshotJson.Default.SemanticCatalog);
            if (catalog is null || catalog.ContentHash != contentHash) { rejected = "of another catalog version"; return null; }
            return catalog;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or FormatException)
        {
            rejected = $"unreadable: {e.Message}";
            return null;
        }
    }

    /// <summary>
    /// The catalog as JSON with its Chinese as UTF-8, not \u escapes (format 2): the default escaping made the 100k
    /// catalog's payload 139 MB instead of 119 and every escaped string slower to read. The file is never served as HTML.
    /// </summary>
    private static byte[] Payload(SemanticCatalog catalog)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            JsonSerializer.Serialize(writer, catalog, CatalogSnapshotJson.Default.SemanticCatalog);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Keeps the catalog (temporary file, then rename, so a reader never sees half a file); false with why when it cannot.</summary>
    public bool TryWrite(SemanticCatalog catalog, out string? failure) =>
        File().TryWrite(KeyFor(catalog.ContentHash), stream => stream.Write(Payload(catalog)), out failure);

    private KeyedSnapshotFile File() => new(Path, Magic, "catalog snapshot");
}
