using System.Security.Cryptography;
using System.Text;

namespace MetricAssistant.Api.Identity;

/// <summary>The one way a key becomes its configured fingerprint: SHA-256 of its UTF-8 bytes, in hex.</summary>
public static class ApiKeyHash
{
    public static byte[] Compute(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Lower-case hex, as <c>printf %s "$KEY" | sha256sum</c> prints it.</summary>
    public static string ComputeHex(string key) => Convert.ToHexStringLower(Compute(key));

    /// <summary>Parses a configured <c>KeySha256</c>: exactly 64 hex digits, either case.</summary>
    public static bool TryParseHex(string? hex, out byte[] hash)
    {
        hash = [];
        if (hex is null || hex.Length != SHA256.HashSizeInBytes * 2 || !hex.All(char.IsAsciiHexDigit))
            return false;
        hash = Convert.FromHexString(hex);
        return true;
    }
}
