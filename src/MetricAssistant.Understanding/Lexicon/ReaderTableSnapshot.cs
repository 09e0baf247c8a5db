using System.Buffers.Binary;
using System.Reflection;
using System.Security.Cryptography;
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
/// Layout as <c>catalog.masnap</c>: magic, key (length-prefixed UTF-8), payload length, SHA-256 of the payload, payload
/// (<see cref="ReaderTableFormat"/>).
/// </summary>
public sealed class ReaderTableSnapshot(string directory, ILogger<ReaderTableSnapshot>? logger = null)
{
    public const string FileName = "reader-tables.masnap";
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "MAREADER"u8.ToArray();
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;

    public string Path => System.IO.Path.Combine(directory, FileName);

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
    public ReaderTables? TryRead(string key, out string? rejected, out bool damaged)
    {
        (rejected, damaged) = (null, false);
        byte[] bytes;
        try
        {
            if (!File.Exists(Path)) { rejected = "no snapshot yet"; return null; }
            bytes = File.ReadAllBytes(Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (rejected, damaged) = ($"unreadable: {e.Message}", true);
            return null;
        }
        damaged = true;
        var span = bytes.AsSpan();
        if (!BitConverter.IsLittleEndian) { (rejected, damaged) = ("this machine is not little-endian", false); return null; }
        if (span.Length < Magic.Length + 4 || !span[..Magic.Length].SequenceEqual(Magic)) { rejected = "not a reader table snapshot"; return null; }
        span = span[Magic.Length..];
        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(span);
        span = span[4..];
        if (keyLength < 0 || keyLength > span.Length) { rejected = "truncated"; return null; }
        if (Encoding.UTF8.GetString(span[..keyLength]) != key) { (rejected, damaged) = ("of another catalog version or build", false); return null; }
        span = span[keyLength..];
        if (span.Length < 8 + 32) { rejected = "truncated"; return null; }
        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(span);
        var checksum = span.Slice(8, 32);
        var payload = span[40..];
        if (payloadLength != payload.Length) { rejected = "truncated"; return null; }
        if (!SHA256.HashData(payload).AsSpan().SequenceEqual(checksum)) { rejected = "checksum mismatch"; return null; }
        try
        {
            var tables = ReaderTableFormat.Read(bytes, bytes.Length - payload.Length);
            damaged = false;
            return tables;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or DecoderFallbackException)
        {
            rejected = $"unreadable: {e.Message}";
            return null;
        }
    }

    /// <summary>Keeps the tables under <paramref name="key"/> (temporary file, then rename); false with why when it cannot.</summary>
    public bool TryWrite(string key, ReaderTables tables, out string? failure)
    {
        failure = null;
        var temporary = $"{Path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(directory);
            var payload = new MemoryStream();
            ReaderTableFormat.Write(tables, payload);
            var keyBytes = Encoding.UTF8.GetBytes(key);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                Span<byte> number = stackalloc byte[8];
                file.Write(Magic);
                BinaryPrimitives.WriteInt32LittleEndian(number, keyBytes.Length);
                file.Write(number[..4]);
                file.Write(keyBytes);
                BinaryPrimitives.WriteInt64LittleEndian(number, payload.Length);
                file.Write(number);
                var body = payload.GetBuffer().AsSpan(0, (int)payload.Length);
                file.Write(SHA256.HashData(body));
                file.Write(body);
            }
            File.Move(temporary, Path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = e.Message;
            try { File.Delete(temporary); } catch (IOException) { }
            return false;
        }
    }
}
