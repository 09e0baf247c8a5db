using System.Runtime.CompilerServices;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// Field-level source locations ("the line of measure: in this metric") kept beside the records, so the
/// model records stay free of YAML concerns. Keyed by reference: two equal records are still two places. Files are read
/// in parallel: the tables are thread-safe, and each record's field map is written only by the reader that made it.
/// </summary>
internal sealed class SourceMap
{
    private readonly ConditionalWeakTable<object, Dictionary<string, SourceLocation>> table = new();

    public void Set(object owner, string field, SourceLocation location) =>
        table.GetOrCreateValue(owner)[field] = location;

    private readonly ConditionalWeakTable<object, object> invalid = new();

    /// <summary>Marks a record built with a stand-in value (an unknown enum word), so rules do not report its echoes.</summary>
    public void MarkInvalid(object owner) => invalid.AddOrUpdate(owner, owner);

    public bool IsInvalid(object owner) => invalid.TryGetValue(owner, out _);

    public SourceLocation Of(object owner, string field, SourceLocation fallback) =>
        table.TryGetValue(owner, out var fields) && fields.TryGetValue(field, out var location) ? location : fallback;
}
