using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Application.Audit;

/// <summary>The SHA-256 of an answer's rows (their JSON, as every engine's row reader normalises values): equal rows, equal hash.</summary>
public static class AuditRows
{
    public static string Hash(IReadOnlyList<IReadOnlyList<object?>> rows) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(rows, AuditJson.Options))));
}
