using System.Text.Json.Serialization;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Snapshots;

/// <summary>
/// The snapshot's JSON form, source-generated (no reflection at start-up). Read-only properties are worked out from the
/// rest (IsPublished, Reach, Signatures) and are not kept; the table name, whose constructor is private, is kept as its spelling.
/// </summary>
[JsonSourceGenerationOptions(Converters = [typeof(TableNameJsonConverter)], IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(SemanticCatalog))]
internal sealed partial class CatalogSnapshotJson : JsonSerializerContext;
