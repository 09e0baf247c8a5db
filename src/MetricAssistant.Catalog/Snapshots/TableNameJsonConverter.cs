using System.Text.Json;
using System.Text.Json.Serialization;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Snapshots;

/// <summary>A table name as its catalog spelling ("dwd.orders"), read back through <see cref="TableName.Parse"/>: its constructor is private.</summary>
internal sealed class TableNameJsonConverter : JsonConverter<TableName>
{
    public override TableName Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TableName.Parse(reader.GetString() ?? throw new JsonException("a table name is null"));

    public override void Write(Utf8JsonWriter writer, TableName value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
