using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MetricAssistant.Catalog.Snapshots;

/// <summary>
/// One file of derived state kept between starts, as <c>catalog.masnap</c> keeps the catalog: magic, key
/// (length-prefixed UTF-8), payload length, SHA-256 of the payload, payload. A file of another key is not used; a
/// missing one neither; a truncated, corrupt or foreign one is not used and said to be damaged. Written through a
/// temporary file renamed into place, so a reader never sees half a file. <paramref name="kind"/> names the file in
/// what a rejection says ("not a catalog snapshot").
/// </summary>
public sealed class KeyedSnapshotFile(string path, byte[] magic, string kind = "snapshot of this kind")
{
    public string Path => path;

    /// <summary>The file and the offset of its payload when it is whole and carries <paramref name="key"/>; else null with why not.</summary>
    public (byte[] Bytes, int Payload)? TryRead(string key, out string? rejected, out bool damaged)
    {
        (rejected, damaged) = (null, false);
        byte[] bytes;
        try
        {
            if (!File.Exists(path)) { rejected = "no snapshot yet"; return null; }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            (rejected, damaged) = ($"unreadable: {e.Message}", true);
            return null;
        }
        if (!BitConverter.IsLittleEndian) { rejected = "this machine is not little-endian"; return null; }
        damaged = true;
        var span = bytes.AsSpan();
        if (span.Length < magic.Length + 4 || !span[..magic.Length].SequenceEqual(magic)) { rejected = $"not a {kind}"; return null; }
        span = span[magic.Length..];
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
        damaged = false;
        return (bytes, bytes.Length - payload.Length);
    }

    /// <summary>
    /// The payload kept under <paramref name="key"/> as <paramref name="read"/> reads it, or null with why not. A payload that
    /// reads short, has bytes left over or does not decode is damaged, as a truncated file is.
    /// </summary>
    public T? TryRead<T>(string key, Func<BinaryReader, T> read, out string? rejected, out bool damaged) where T : class
    {
        if (TryRead(key, out rejected, out damaged) is not var (bytes, payload)) return null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, payload, bytes.Length - payload, writable: false), Encoding.UTF8);
            var value = read(reader);
            if (reader.BaseStream.Position != reader.BaseStream.Length) throw new InvalidDataException("bytes left over");
            return value;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or ArgumentException or DecoderFallbackException)
        {
            (rejected, damaged) = ($"unreadable: {e.Message}", true);
            return null;
        }
    }

    /// <summary>Writes <paramref name="payload"/> under <paramref name="key"/>; false with why when it cannot.</summary>
    public bool TryWrite(string key, Action<Stream> payload, out string? failure)
    {
        failure = null;
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
            var body = new MemoryStream();
            payload(body);
            var keyBytes = Encoding.UTF8.GetBytes(key);
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
            {
                Span<byte> number = stackalloc byte[8];
                file.Write(magic);
                BinaryPrimitives.WriteInt32LittleEndian(number, keyBytes.Length);
                file.Write(number[..4]);
                file.Write(keyBytes);
                BinaryPrimitives.WriteInt64LittleEndian(number, body.Length);
                file.Write(number);
                var bytes = body.GetBuffer().AsSpan(0, (int)body.Length);
                file.Write(SHA256.HashData(bytes));
                file.Write(bytes);
            }
            File.Move(temporary, path, overwrite: true);
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
