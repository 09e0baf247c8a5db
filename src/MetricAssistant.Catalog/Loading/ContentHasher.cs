using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MetricAssistant.Catalog.Loading;

/// <summary>A SHA-256 over the catalog files' contents in path order, lowercase hex.</summary>
internal static class ContentHasher
{
    public static string Hash(IEnumerable<(string Path, string Text)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[8];
        foreach (var (_, text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // Line endings are normalised so a Windows checkout hashes like a Linux one.
            var bytes = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"));
            // The length prefix keeps "ab"+"c" and "a"+"bc" apart.
            BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
            sha.AppendData(length);
            sha.AppendData(bytes);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
