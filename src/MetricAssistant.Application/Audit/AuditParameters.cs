using System.Globalization;
using System.Text.Json;
using MetricAssistant.Compiler;

namespace MetricAssistant.Application.Audit;

/// <summary>
/// Bound SQL values as the audit keeps them: <c>[{"name":"p0","type":"timestamp","value":"2025-06-01T00:00:00"}]</c>,
/// each value as invariant text with its CLR type, so a replay binds exactly what the answer bound.
/// </summary>
public static class AuditParameters
{
    private sealed record Stored(string Name, string Type, string Value);

    public static string Write(IReadOnlyList<SqlParameter> parameters) =>
        JsonSerializer.Serialize(parameters.Select(p => Encode(p)).ToArray(), AuditJson.Options);

    /// <summary>The parameters, or null with the reason when the text is not what <see cref="Write"/> writes.</summary>
    public static (IReadOnlyList<SqlParameter>? Parameters, string? Problem) Read(string json)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<Stored[]>(json, AuditJson.Options) ?? [];
            var parameters = new List<SqlParameter>();
            foreach (var s in stored)
            {
                if (Decode(s) is not { } value) return (null, $"parameter '{s.Name}' has an unknown type '{s.Type}'");
                parameters.Add(new SqlParameter(s.Name, value));
            }
            return (parameters, null);
        }
        catch (Exception e) when (e is JsonException or FormatException or OverflowException)
        {
            return (null, $"the stored parameters cannot be read ({e.Message})");
        }
    }

    private static Stored Encode(SqlParameter p) => p.Value switch
    {
        string s => new(p.Name, "string", s),
        long l => new(p.Name, "long", l.ToString(CultureInfo.InvariantCulture)),
        int i => new(p.Name, "int", i.ToString(CultureInfo.InvariantCulture)),
        decimal m => new(p.Name, "decimal", m.ToString(CultureInfo.InvariantCulture)),
        double d => new(p.Name, "double", d.ToString("R", CultureInfo.InvariantCulture)),
        bool b => new(p.Name, "bool", b ? "true" : "false"),
        DateTime t => new(p.Name, "timestamp", t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateOnly d => new(p.Name, "date", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        // Not a type the compiler binds today; kept as text so the entry is still written, and a replay says it cannot bind it.
        var other => new(p.Name, "unsupported:" + other.GetType().Name, Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""),
    };

    private static object? Decode(Stored s) => s.Type switch
    {
        "string" => s.Value,
        "long" => long.Parse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture),
        "int" => int.Parse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture),
        "decimal" => decimal.Parse(s.Value, NumberStyles.Number, CultureInfo.InvariantCulture),
        "double" => double.Parse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
        "bool" => s.Value == "true",
        "timestamp" => DateTime.ParseExact(s.Value, "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture, DateTimeStyles.None),
        "date" => DateOnly.ParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => null,
    };
}
