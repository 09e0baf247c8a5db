using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;

namespace MetricAssistant.Catalog.Loading;

/// <summary>A SHA-256 over the catalog files' contents in path order, lowercase hex.</summary>
internal static class ContentHasher
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static string Hash(IEnumerable<(string Path, string Text)> files) =>
        HashCanonical(files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => Canonical(f.Text)));

    /// <summary>
    /// The same hash from the files' bytes as read from disk, without decoding them: a start on an unchanged catalog
    /// only hashes its files before reading the snapshot. The bytes hashed are those <see cref="Hash"/> hashes for the
    /// text <see cref="File.ReadAllText(string)"/> gives: a UTF-8 file without carriage returns is hashed as it is
    /// (after its byte order mark), anything else (another encoding, invalid UTF-8, CRLF) is decoded as that would.
    /// </summary>
    public static string HashBytes(IEnumerable<(string Path, byte[] Bytes)> files) =>
        HashCanonical(files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => Canonical(f.Bytes)));

    /// <summary>
    /// <see cref="HashBytes"/> of the files at these paths, read one after the other through one rented buffer instead of
    /// each into an array of its own (at 100k metrics, 68 MB of large-object garbage on every start); null when a file
    /// cannot be read (the caller reads them as before, to say which).
    /// </summary>
    public static string? TryHashFiles(IEnumerable<(string Path, string File)> files)
    {
        try
        {
            return HashCanonical(Read(files.OrderBy(f => f.Path, StringComparer.Ordinal).Select(f => f.File).ToList()));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        static IEnumerable<ReadOnlyMemory<byte>> Read(List<string> paths)
        {
            var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
            try
            {
                foreach (var path in paths)
                {
                    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
                    var length = checked((int)stream.Length);
                    if (buffer.Length < length)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = ArrayPool<byte>.Shared.Rent(length);
                    }
                    stream.ReadExactly(buffer, 0, length);
                    // the bytes are hashed before the next file is read into the same buffer
                    yield return Canonical(buffer.AsMemory(0, length));
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>The text <see cref="File.ReadAllText(string)"/> gives for these bytes (byte order marks detected, UTF-8 otherwise).</summary>
    public static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static ReadOnlyMemory<byte> Canonical(ReadOnlyMemory<byte> bytes)
    {
        var body = bytes.Span.StartsWith(Utf8Bom) ? bytes[Utf8Bom.Length..] : bytes;
        // A UTF-16 or UTF-32 byte order mark starts with 0xFE or 0xFF, never valid UTF-8, so IsValid sends it to decoding.
        return Utf8.IsValid(body.Span) && !body.Span.Contains((byte)'\r') ? body : Canonical(Decode(bytes.ToArray()));
    }

    // Line endings are normalised so a Windows checkout hashes like a Linux one.
    private static ReadOnlyMemory<byte> Canonical(string text) => Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"));

    private static string HashCanonical(IEnumerable<ReadOnlyMemory<byte>> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var bytes in files)
        {
            // The length prefix keeps "ab"+"c" and "a"+"bc" apart.
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            sha.AppendData(length);
            sha.AppendData(bytes.Span);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
