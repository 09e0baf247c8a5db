using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Loading;

/// <summary>Builds a <see cref="DimensionDefinition"/> from a "dimension:" document.</summary>
internal sealed class DimensionReader(SourceMap sources)
{
    public DimensionDefinition Read(YamlNodeReader document)
    {
        var id = document.String("dimension", required: true) ?? "";
        var r = document.WithContext($"dimension '{id}'");
        r.Known("dimension", "name", "synonyms", "code_type", "values");
        // Values are optional: a dimension such as store may take its values from the data.
        var values = r.Sequence("values", "value").Select(item =>
        {
            var v = item.Peek("code") is { } code ? item.WithContext($"value '{code}' of {r.Context}") : item;
            v.Known("code", "zh", "en", "synonyms", "within");
            var value = new DimensionValue(v.String("code", required: true) ?? "",
                new LocalizedText(v.String("zh") ?? "", v.String("en") ?? ""), v.Strings("synonyms"))
            {
                Within = v.Entries("within").Select(e => new ValueWithin(e.Key, (e.Value as YamlScalarNode)?.Value ?? "")).ToList(),
            };
            sources.Set(value, "code", v.Location);
            return value;
        }).ToList();
        var dimension = new DimensionDefinition(id, r.Localized("name", required: true), r.Strings("synonyms"),
            r.Enum("code_type", CatalogVocabulary.ColumnTypes, ColumnType.String), values, r.LocationOf("dimension"));
        sources.Set(dimension, "name", r.LocationOf("name"));
        return dimension;
    }
}
