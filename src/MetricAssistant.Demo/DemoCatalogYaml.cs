using System.Globalization;
using System.Text;

namespace MetricAssistant.Demo;

/// <summary>
/// Renders <c>catalog/dimensions/city.yaml</c> and <c>store.yaml</c> from <see cref="DemoReferenceData"/>, in the
/// format of <c>region.yaml</c>. The committed files must equal this output (a test checks it).
/// </summary>
public static class DemoCatalogYaml
{
    public static string RenderCityYaml()
    {
        var yaml = new StringBuilder();
        yaml.Append("# Generated from DemoReferenceData (MetricAssistant.Infrastructure/Demo); keep in sync with the demo warehouse.\n");
        yaml.Append("dimension: city\n");
        yaml.Append("name: { zh: 城市, en: City }\n");
        yaml.Append("synonyms: [城市名, 所在城市, town]\n");
        yaml.Append("code_type: string\n");
        yaml.Append("values:\n");
        foreach (var city in DemoReferenceData.Cities)
            AppendValue(yaml, city.NameEn, city.NameZh, city.NameEn, city.Synonyms, [("region", city.RegionCode)]);
        return yaml.ToString();
    }

    public static string RenderStoreYaml()
    {
        var yaml = new StringBuilder();
        yaml.Append("# Generated from DemoReferenceData (MetricAssistant.Infrastructure/Demo); keep in sync with the demo warehouse.\n");
        yaml.Append("dimension: store\n");
        yaml.Append("name: { zh: 门店, en: Store }\n");
        yaml.Append("synonyms: [店铺, 店, 分店, shop, branch]\n");
        yaml.Append("code_type: integer\n");
        yaml.Append("values:\n");
        foreach (var store in DemoReferenceData.Stores)
            AppendValue(yaml, store.StoreId.ToString(CultureInfo.InvariantCulture), store.NameZh, store.NameEn, DemoReferenceData.StoreSynonyms(store),
                [("city", store.CityEn), ("region", DemoReferenceData.RegionOf(store).Code)]);
        return yaml.ToString();
    }

    /// <summary>One value; <paramref name="within"/> names the coarser values it lies inside (a city's region), which scope and combine filters.</summary>
    private static void AppendValue(StringBuilder yaml, string code, string zh, string en, IReadOnlyList<string> synonyms, IReadOnlyList<(string Dimension, string Code)> within)
    {
        yaml.Append("  - { code: ").Append(Scalar(code))
            .Append(", zh: ").Append(Scalar(zh))
            .Append(", en: ").Append(Scalar(en))
            .Append(", synonyms: [").AppendJoin(", ", synonyms.Select(Scalar)).Append(']')
            .Append(", within: { ").AppendJoin(", ", within.Select(w => w.Dimension + ": " + Scalar(w.Code))).Append(" } }\n");
    }

    /// <summary>A flow-context YAML scalar: plain when safe, double-quoted otherwise (numbers stay strings).</summary>
    internal static string Scalar(string value)
    {
        var plain = value.Length > 0
            && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
            && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) < 0
            && value.IndexOfAny([',', '[', ']', '{', '}', '#', '"']) < 0
            && !value.Contains(": ", StringComparison.Ordinal)
            && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && value is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off" or "~");
        return plain ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
