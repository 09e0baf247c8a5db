using System.Text.Json.Nodes;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Bot.Cards;
using MetricAssistant.Bot.Tests.Simulator;
using MetricAssistant.Compiler;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Bot.Tests.Cards;

/// <summary>A card shows the answer's display facts: columns found by role, cells as the server formatted them.</summary>
public sealed class AnswerCardBuilderTests
{
    private static Answer WithDisplay(Answer answer, string language) =>
        answer with { Display = AnswerDisplayBuilder.Describe(answer, TestRepository.Catalog, language) };

    private static Answer ByRegionYoy() => new()
    {
        Status = AnswerStatus.Answered,
        Question = "上个月各区域GMV同比",
        Metric = new MetricRefDto("gmv", "支付GMV", 3, "财务部", true, "published"),
        Query = new QueryDto(["gmv"], ["region"], [], new TimeRangeDto("2025-06-01", "2025-07-01"), null, [], null, "yoy"),
        Columns =
        [
            new("region", "string", ColumnRole.Dimension, Dimension: "region"),
            new("gmv", "decimal", ColumnRole.Value, "gmv"),
            new("gmv_previous", "decimal", ColumnRole.Previous, "gmv"),
            new("gmv_change", "decimal", ColumnRole.Change, "gmv"),
            new("gmv_change_pct", "number", ColumnRole.ChangePct, "gmv"),
        ],
        Rows = [["east", 18145539.87m, 16236872.64m, 1908667.23m, 0.11755], ["south", 2515993.26m, 2154037.46m, 361955.8m, 0.168]],
        Message = "…",
    };

    [Fact]
    public void The_table_is_the_answers_display_in_the_cards_language()
    {
        var answer = WithDisplay(ByRegionYoy(), "zh");
        var card = new AnswerCardBuilder(TestRepository.Catalog).Build(answer, "zh");
        var table = CardWalker.TableRows(card);
        Assert.Equal(["区域", "支付GMV", "支付GMV 上期", "支付GMV 变化", "支付GMV 变化率"], table[0]);
        Assert.Equal(answer.Display!.Cells[0], table[1]);
        Assert.Equal(["华东", "1814.55万元", "1623.69万元", "190.87万元", "+11.76%"], table[1]);
    }

    [Fact]
    public void A_card_in_another_language_gets_the_display_described_anew_by_the_server_rule()
    {
        var answer = WithDisplay(ByRegionYoy(), "zh");
        var table = CardWalker.TableRows(new AnswerCardBuilder(TestRepository.Catalog).Build(answer, "en"));
        Assert.Equal(["Region", "GMV (paid)", "GMV (paid) Previous", "GMV (paid) Change", "GMV (paid) Change %"], table[0]);
        Assert.Equal(["East China", "¥18.15 million", "¥16.24 million", "¥1.91 million", "+11.76%"], table[1]);
    }

    [Fact]
    public void The_headline_is_the_value_column_of_a_one_row_answer_found_by_role()
    {
        // The value column comes last here, after a comparison column: position and name are not what counts.
        var answer = WithDisplay(ByRegionYoy() with
        {
            Query = new QueryDto(["gmv"], [], [], new TimeRangeDto("2025-06-01", "2025-07-01"), null, [], null, "yoy"),
            Columns = [new("gmv_previous", "decimal", ColumnRole.Previous, "gmv"), new("gmv", "decimal", ColumnRole.Value, "gmv")],
            Rows = [[16236872.64m, 18145539.87m]],
        }, "zh");
        var card = new AnswerCardBuilder(TestRepository.Catalog).Build(answer, "zh");
        var headline = card["body"]!.AsArray().OfType<JsonObject>().First(e => (string?)e["size"] == "ExtraLarge");
        Assert.Equal("1814.55万元", (string?)headline["text"]);
    }

    [Theory]
    [InlineData("zh", "v2（当前为v3）")]
    [InlineData("en", "v2 (current: v3)")]
    public void A_pinned_answer_cites_the_version_it_used_beside_the_current_one(string language, string cited)
    {
        var pinned = WithDisplay(ByRegionYoy() with { Metric = new MetricRefDto("gmv", "支付GMV", 2, "财务部", true, "published") { CurrentVersion = 3 } }, language);
        var texts = CardWalker.Texts(new AnswerCardBuilder(TestRepository.Catalog).Build(pinned, language));
        Assert.Contains(texts, t => t.Contains(cited, StringComparison.Ordinal));
        var current = CardWalker.Texts(new AnswerCardBuilder(TestRepository.Catalog).Build(WithDisplay(ByRegionYoy(), language), language));
        Assert.DoesNotContain(current, t => t.Contains("v3 (", StringComparison.Ordinal) || t.Contains("v3（", StringComparison.Ordinal));
        Assert.Contains(current, t => t.Contains("v3", StringComparison.Ordinal));
    }
}
