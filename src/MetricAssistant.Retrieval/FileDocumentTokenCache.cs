using System.Text;
using MetricAssistant.Understanding.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MetricAssistant.Retrieval;

/// <summary>
/// <see cref="IDocumentTokenCache"/> in one file, <c>{directory}/document-tokens.matok</c>: a header (magic, format
/// version, key, document count, checksum of the rest), then the distinct tokens once (UTF-8) and each document's
/// token numbers, read back with one read per array. It holds the latest catalog only. A file of another format
/// or key is not used; a truncated or corrupt one is not used either, and is reported with a warning; the
/// indexer then segments the documents again and overwrites it (through a temporary file renamed into place).
/// </summary>
public sealed class FileDocumentTokenCache(string directory, ILogger<FileDocumentTokenCache>? logger = null) : IDocumentTokenCache
{
    public const string FileName = "document-tokens.matok";
    private const int FormatVersion = 1;
    private static readonly byte[] Magic = "MATOK\0\0\u0001"u8.ToArray();
    private readonly ILogger log = (ILogger?)logger ?? NullLogger.Instance;

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(directory), FileName);

    public IReadOnlyList<string>[]? TryLoad(string key, int documents, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path)) return null;
        try
        {
            using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            var head = new byte[Math.Min(length, 4096)];
            if (RandomAccess.Read(handle, head, 0) != head.Length) throw new InvalidDataException("short read");
            using var reader = new BinaryReader(new MemoryStream(head), Encoding.UTF8);
            if (!BitConverter.IsLittleEndian || !reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion)
                return null; // another format: segment again, overwrite
            if (reader.ReadString() != key || reader.ReadInt32() != documents) return null; // another catalog or tokenizer build
            var checksum = reader.ReadUInt64();
            var sections = new IndexSectionReader(handle, reader.BaseStream.Position, length, cancellationToken);
            var offsets = sections.Array<int>(null);
            var utf8 = sections.Array<byte>(null);
            var starts = sections.Array<int>(documents + 1);
            var ids = sections.Array<int>(null);
            if (sections.Position != length || sections.Checksum != checksum) throw new InvalidDataException("checksum or length does not match");
            var terms = IndexStringTable.Decode(offsets, utf8);
            if (starts[0] != 0 || starts[^1] != ids.Length) throw new InvalidDataException("document starts do not fit");
            var tokens = new IReadOnlyList<string>[documents];
            for (var d = 0; d < documents; d++)
            {
                if (starts[d + 1] < starts[d]) throw new InvalidDataException("document starts are not ascending");
                var list = new string[starts[d + 1] - starts[d]];
                for (var k = 0; k < list.Length; k++)
                {
                    var id = ids[starts[d] + k];
                    list[k] = (uint)id < (uint)terms.Length ? terms[id] : throw new InvalidDataException("token number out of range");
                }
                tokens[d] = list;
            }
            return tokens;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException or UnauthorizedAccessException or OverflowException)
        {
            log.LogWarning(e, "Document token cache {File} cannot be used ({Reason}); the documents are segmented again", Path, e.Message);
            return null;
        }
    }

    public void Save(string key, IReadOnlyList<IReadOnlyList<string>> tokens, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var starts = new int[tokens.Count + 1];
        var ids = new List<int>();
        for (var d = 0; d < tokens.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var token in tokens[d])
            {
                if (!numbers.TryGetValue(token, out var id))
                {
                    numbers[token] = id = terms.Count;
                    terms.Add(token);
                }
                ids.Add(id);
            }
            starts[d + 1] = ids.Count;
        }
        var (offsets, utf8) = IndexStringTable.Encode(terms);

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                var header = new MemoryStream();
                using var writer = new BinaryWriter(header, Encoding.UTF8);
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(key);
                writer.Write(tokens.Count);
                var checksumAt = header.Position;
                writer.Write(0UL);
                writer.Flush();
                stream.Write(header.GetBuffer().AsSpan(0, (int)header.Length));
                var sections = new IndexSectionWriter(stream);
                sections.Array<int>(offsets);
                sections.Array<byte>(utf8);
                sections.Array<int>(starts);
                sections.Array<int>(ids.ToArray());
                stream.Position = checksumAt;
                stream.Write(BitConverter.GetBytes(sections.Checksum));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
