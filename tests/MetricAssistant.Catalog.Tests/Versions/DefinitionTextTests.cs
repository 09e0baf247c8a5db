using MetricAssistant.Catalog.Versions;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Tests.Versions;

/// <summary>Editing a definition's text one top-level field at a time: the other lines (comments included) stay as they were.</summary>
public sealed class DefinitionTextTests
{
    private const string Text = """
        # A comment that stays.
        metric: gmv
        synonyms: [GMV, 成交额]
        description:
          zh: 已支付
          en: Paid
        # About the calculation.
        measure: pay_amount
        changelog:
          - { version: 1, date: 2022-01-10, author: a, summary: { zh: 一, en: one } }
        """;

    private static YamlSequenceNode Flow(params string[] words) => new(words.Select(w => new YamlScalarNode(w))) { Style = SequenceStyle.Flow };

    [Fact]
    public void A_field_is_replaced_in_place_a_new_one_appended_and_a_null_one_removed()
    {
        var edited = DefinitionText.SetFields(Text, [new("synonyms", Flow("GMV", "流水")), new("unit", new YamlScalarNode("CNY")), new("description", null)]);
        Assert.Equal("""
            # A comment that stays.
            metric: gmv
            synonyms: [GMV, 流水]
            # About the calculation.
            measure: pay_amount
            changelog:
              - { version: 1, date: 2022-01-10, author: a, summary: { zh: 一, en: one } }
            unit: CNY

            """.Replace("\r\n", "\n"), edited);
    }

    [Fact]
    public void An_item_is_appended_to_a_list_with_its_indentation()
    {
        var entry = new YamlMappingNode(new YamlScalarNode("version"), new YamlScalarNode("2")) { Style = MappingStyle.Flow };
        var edited = DefinitionText.AppendItem(Text, "changelog", entry);
        Assert.EndsWith("  - { version: 1, date: 2022-01-10, author: a, summary: { zh: 一, en: one } }\n  - {version: 2}\n", edited);
        Assert.Equal("measure", DefinitionText.FieldAt(Text, 8));
        Assert.Equal("pay_amount", DefinitionText.Scalar(edited, "measure"));
    }
}
