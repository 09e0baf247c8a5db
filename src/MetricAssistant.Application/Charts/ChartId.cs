using System.Buffers.Text;
using System.Security.Cryptography;

namespace MetricAssistant.Application.Charts;

/// <summary>Chart ids: 128 random bits as URL-safe base64 (22 characters), so knowing one is what lets a caller fetch it.</summary>
public static class ChartId
{
    public const int Length = 22;

    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether <paramref name="id"/> could be an id at all (anything else is unknown without a lookup).</summary>
    public static bool IsWellFormed(string? id) => id is { Length: Length } && Base64Url.IsValid(id);
}
