using MetricAssistant.Catalog.Snapshots;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Understanding.Lexicon;

/// <summary>
/// A question reader's <see cref="ReaderTables"/> kept in <c>{directory}/reader-tables.masnap</c>, so a restart on an
/// unchanged catalog reads them instead of deriving them again (seconds of CPU over a 100k-metric catalog). The file is
/// keyed by the catalog's content hash, the format and the builds of the assemblies that derive the tables (see
/// <see cref="KeyFor"/>); a file of another key is not used, and a truncated, corrupt or foreign one is not used either
/// and is reported with a warning; the tables are then built and the file rewritten (temporary file, then rename).
/// Layout: a <see cref="KeyedSnapshotFile"/> whose payload is <see cref="ReaderTableFormat"/>.
/// </summary>
public sealed class ReaderTableSnapshot(string directory, ILogger<ReaderTableSnapshot>? logger = null)
{
    public const string FileName = "reader-tables.masnap";
    private const int FormatVersion = 2;
    private static readonly byte[] Magic = "MAREADER"u8.ToArray();
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;
    private readonly KeyedSnapshotFile file = new(System.IO.Path.Combine(directory, FileName), Magic);

    public string Path => file.Path;

    /// <summary>
    /// What the tables of the catalog with <paramref name="contentHash"/> must carry to be used: the hash, the format and
    /// the build of this assembly and of each of <paramref name="builds"/> (whoever adds words to the lexicon before the
    /// tables are derived, and the catalog model's).
    /// </summary>
    public static string KeyFor(string contentHash, params IEnumerable<Assembly> builds) =>
        string.Join('|', new[] { contentHash, FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Concat(builds.Prepend(typeof(ReaderTableSnapshot).Assembly).Distinct().Select(a => a.ManifestModule.ModuleVersionId.ToString("N"))));

    /// <summary>The tables kept under <paramref name="key"/>, or those <paramref name="build"/> derives (then kept for the next start).</summary>
    public ReaderTables Load(string key, Func<ReaderTables> build)
    {
        if (TryRead(key, out var rejected, out var damaged) is { } kept)
        {
            log.LogInformation("Reader tables read from {File}", Path);
            return kept;
        }
        if (damaged) log.LogWarning("Reader tables {File} cannot be used ({Reason}); they are built again", Path, rejected);
        else log.LogInformation("Reader tables built ({Reason})", rejected);
        var tables = build();
        if (!TryWrite(key, tables, out var failure)) log.LogWarning("Reader tables could not be kept in {File}: {Failure}", Path, failure);
        return tables;
    }

    /// <summary>The tables kept under <paramref name="key"/>, or null with why not; <paramref name="damaged"/> when the file is truncated, corrupt or foreign.</summary>
    public ReaderTables? TryRead(string key, out string? rejected, out bool damaged) => file.TryRead(key, ReaderTableFormat.Read, out rejected, out damaged);

    /// <summary>Keeps the tables under <paramref name="key"/> (temporary file, then rename); false with why when it cannot.</summary>
    public bool TryWrite(string key, ReaderTables tables, out string? failure) => file.TryWrite(key, stream => ReaderTableFormat.Write(tables, stream), out failure);
}
