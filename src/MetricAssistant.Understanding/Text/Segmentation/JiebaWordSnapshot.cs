using MetricAssistant.Catalog.Snapshots;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Understanding.Text.Segmentation;

/// <summary>
/// The catalog's words as taught to jieba (<see cref="TaughtWords"/>), kept in <c>{directory}/jieba-words.masnap</c>: a
/// restart replays them with their frequencies instead of segmenting each word to suggest one. Keyed by the catalog's
/// content hash, the format and the builds of this assembly (which words are taught) and of jieba (how it suggests);
/// replayed only onto a dictionary whose total is the one recorded before teaching (jieba's own dictionary, nothing
/// added yet), so the dictionary ends as teaching would leave it. A file of another key is not used; a truncated,
/// corrupt or foreign one is not used either and is reported with a warning; the words are then taught and the file
/// rewritten. Layout: a <see cref="KeyedSnapshotFile"/> whose payload is the two totals, the word count, then each
/// word (length-prefixed UTF-8) with its frequency.
/// </summary>
public sealed class JiebaWordSnapshot(string directory, ILogger<JiebaWordSnapshot>? logger = null)
{
    public const string FileName = "jieba-words.masnap";
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "MAJIEBAW"u8.ToArray();
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;
    private readonly KeyedSnapshotFile file = new(Path.Combine(directory, FileName), Magic);

    public string FilePath => file.Path;

    /// <summary>The key of the words taught for the catalog with <paramref name="contentHash"/>.</summary>
    public static string KeyFor(string contentHash) =>
        $"{contentHash}|{FormatVersion}|{typeof(JiebaWordSnapshot).Assembly.ManifestModule.ModuleVersionId:N}|{typeof(JiebaNet.Segmenter.JiebaSegmenter).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>Replays the words kept under <paramref name="key"/> when <paramref name="replay"/> accepts them; else <paramref name="teach"/>es them and keeps the result.</summary>
    public void Teach(string key, Func<TaughtWords> teach, Func<TaughtWords, bool> replay)
    {
        if (TryRead(key, out var rejected, out var damaged) is { } kept)
        {
            if (replay(kept))
            {
                log.LogInformation("Catalog words for jieba replayed from {File}", FilePath);
                return;
            }
            // jieba already held other words (a catalog taught before in this process): teach as usual, keep the file
            log.LogInformation("Catalog words for jieba {File} not replayed (jieba's dictionary is not where it was); taught", FilePath);
            teach();
            return;
        }
        if (damaged) log.LogWarning("Catalog words for jieba {File} cannot be used ({Reason}); they are taught again", FilePath, rejected);
        var taught = teach();
        if (!TryWrite(key, taught, out var failure)) log.LogWarning("Catalog words for jieba could not be kept in {File}: {Failure}", FilePath, failure);
    }

    /// <summary>The words kept under <paramref name="key"/>, or null with why not; <paramref name="damaged"/> when the file is truncated, corrupt or foreign.</summary>
    public TaughtWords? TryRead(string key, out string? rejected, out bool damaged) => file.TryRead(key, reader =>
    {
        var (before, after) = (reader.ReadDouble(), reader.ReadDouble());
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length) throw new InvalidDataException("word count out of range");
        var words = new string[count];
        var frequencies = new int[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = reader.ReadString();
            frequencies[i] = reader.ReadInt32();
            if (frequencies[i] <= 0 || words[i].Length == 0) throw new InvalidDataException("a word without a frequency");
        }
        return new TaughtWords(before, after, words, frequencies);
    }, out rejected, out damaged);

    /// <summary>Keeps <paramref name="words"/> under <paramref name="key"/> (temporary file, then rename); false with why when it cannot.</summary>
    public bool TryWrite(string key, TaughtWords words, out string? failure) => file.TryWrite(key, stream =>
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(words.TotalBefore);
        writer.Write(words.TotalAfter);
        writer.Write(words.Words.Length);
        for (var i = 0; i < words.Words.Length; i++)
        {
            writer.Write(words.Words[i]);
            writer.Write(words.Frequencies[i]);
        }
    }, out failure);
}
