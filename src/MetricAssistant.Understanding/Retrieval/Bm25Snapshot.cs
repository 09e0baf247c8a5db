using MetricAssistant.Catalog.Snapshots;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Understanding.Retrieval;

/// <summary>
/// The retriever's two BM25 indexes (metric documents, dimension documents) kept in <c>{directory}/bm25.masnap</c>: a
/// restart on an unchanged catalog reads them instead of reading every document's tokens and building the postings
/// (at 100k metrics, 700,000 documents). Keyed like the document tokens they are built from (the catalog's content
/// hash, the document scheme, the builds of this assembly and of jieba) and the format; a file of another key is not
/// used, a truncated, corrupt or foreign one is not used either and reported with a warning, and the indexes are then
/// built from the tokens and the file rewritten. Layout: a <see cref="KeyedSnapshotFile"/> whose payload is the metric
/// index, then the dimension index (<see cref="Bm25Index.WriteTo"/>).
/// </summary>
public sealed class Bm25Snapshot(string directory, ILogger<Bm25Snapshot>? logger = null)
{
    public const string FileName = "bm25.masnap";
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "MABM25IX"u8.ToArray();
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;
    private readonly KeyedSnapshotFile file = new(Path.Combine(directory, FileName), Magic);

    public string FilePath => file.Path;

    /// <summary>The key of the indexes built for the catalog with <paramref name="contentHash"/>.</summary>
    public static string KeyFor(string contentHash) =>
        $"{contentHash}|{RetrievalDocumentSet.Version}|{FormatVersion}|{typeof(Bm25Snapshot).Assembly.ManifestModule.ModuleVersionId:N}|{typeof(JiebaNet.Segmenter.JiebaSegmenter).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The indexes kept under <paramref name="key"/>, or null (a damaged file is logged as a warning).</summary>
    internal Bm25Indexes? TryRead(string key)
    {
        if (TryRead(key, out var rejected, out var damaged) is { } kept) return kept;
        if (damaged) log.LogWarning("BM25 indexes {File} cannot be used ({Reason}); they are built again", FilePath, rejected);
        return null;
    }

    /// <summary>The indexes kept under <paramref name="key"/>, or null with why not; <paramref name="damaged"/> when the file is truncated, corrupt or foreign.</summary>
    internal Bm25Indexes? TryRead(string key, out string? rejected, out bool damaged) =>
        file.TryRead(key, reader => new Bm25Indexes(Bm25Index.ReadFrom(reader), Bm25Index.ReadFrom(reader)), out rejected, out damaged);

    /// <summary>Keeps <paramref name="indexes"/> under <paramref name="key"/> (temporary file, then rename); a failure is logged as a warning.</summary>
    internal void Write(string key, Bm25Indexes indexes)
    {
        var written = file.TryWrite(key, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            indexes.Metrics.WriteTo(writer);
            indexes.Dimensions.WriteTo(writer);
        }, out var failure);
        if (!written) log.LogWarning("BM25 indexes could not be kept in {File}: {Failure}; the next start builds them again", FilePath, failure);
    }
}
