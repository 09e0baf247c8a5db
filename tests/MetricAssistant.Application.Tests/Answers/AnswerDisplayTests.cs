using System.Text.Json;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Compiler;
using MetricAssistant.Tests.Shared;
using static MetricAssistant.Application.Tests.Answers.AnswerSamples;

namespace MetricAssistant.Application.Tests.Answers;

/// <summary>The display facts: headers, cells and period in the asked language, found by the columns' roles.</summary>
public sealed class AnswerDisplayTests
{
    private static Answer ByRegionYoy() => Answered("gmv", Query("gmv", compare: "yoy", groupBy: "region"),
        [Dimension("region"), Metric("gmv"), Metric("gmv", ColumnRole.Previous), Metric("gmv", ColumnRole.Change), Metric("gmv", ColumnRole.ChangePct)],
        ["east", 18145539.87m, 16236872.64m, 1908667.23m, 0.11755],
        ["south", 250_000_000m, 260_000_000m, -10_000_000m, -0.0385],
        ["west", 1000m, 0m, 1000m, null]);

    [Fact]
    public void Chinese_cells_read_in_wan_and_yi_with_names_for_codes_and_signed_rates()
    {
        var display = AnswerDisplayBuilder.Describe(ByRegionYoy(), TestRepository.Catalog, "zh")!;
        Assert.Equal("zh", display.Language);
        Assert.Equal(["区域", "支付GMV", "支付GMV 上期", "支付GMV 变化", "支付GMV 变化率"], display.Columns.Select(c => c.Label));
        Assert.Equal(["华东", "1814.55万元", "1623.69万元", "190.87万元", "+11.76%"], display.Cells[0]);
        Assert.Equal(["华南", "2.5亿元", "2.6亿元", "-1000万元", "-3.85%"], display.Cells[1]);
        Assert.Equal("—", display.Cells[2][4]);
        Assert.Equal("2025年6月", display.Period);
    }

    [Fact]
    public void English_cells_read_in_thousands_and_millions()
    {
        var display = AnswerDisplayBuilder.Describe(ByRegionYoy(), TestRepository.Catalog, "en")!;
        Assert.Equal(["Region", "GMV (paid)", "GMV (paid) Previous", "GMV (paid) Change", "GMV (paid) Change %"], display.Columns.Select(c => c.Label));
        Assert.Equal(["East China", "¥18.15 million", "¥16.24 million", "¥1.91 million", "+11.76%"], display.Cells[0]);
        Assert.Equal("June 2025", display.Period);
    }

    [Fact]
    public void Number_columns_carry_the_metrics_unit_and_format_and_others_none()
    {
        var columns = AnswerDisplayBuilder.Describe(ByRegionYoy(), TestRepository.Catalog, "zh")!.Columns;
        Assert.Equal(new DisplayColumn("region", "区域"), columns[0]);
        Assert.Equal(new DisplayColumn("gmv", "支付GMV", "CNY", "currency", 2), columns[1]);
        Assert.Equal(new DisplayColumn("gmv_change_pct", "支付GMV 变化率", "ratio", "percent", 2), columns[4]);
    }

    [Theory]
    [InlineData("month", "2025-04")]
    [InlineData("quarter", "2025 Q2")]
    [InlineData("year", "2025")]
    [InlineData("day", "2025-04-01")]
    public void Periods_are_cut_to_the_grain(string grain, string expected)
    {
        var answer = Answered("gmv", Query("gmv", "2025-01-01", "2026-01-01", grain), [Period, Metric("gmv")], ["2025-04-01", 1m]);
        Assert.Equal(expected, AnswerDisplayBuilder.Describe(answer, TestRepository.Catalog, "en")!.Cells[0][0]);
    }

    [Fact]
    public void A_rate_metric_reads_as_a_percentage_and_quarters_as_people_say_them()
    {
        var answer = Answered("conversion_rate", Query("conversion_rate", "2025-04-01", "2025-07-01"), [Metric("conversion_rate")], [0.0345]);
        var zh = AnswerDisplayBuilder.Describe(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal("3.45%", zh.Cells[0][0]);
        Assert.Equal("2025年第2季度", zh.Period);
        Assert.Equal("Q2 2025", AnswerDisplayBuilder.Describe(answer, TestRepository.Catalog, "en")!.Period);
    }

    [Fact]
    public void Roles_decide_not_names_a_value_column_whose_name_ends_like_a_comparison_is_a_value()
    {
        // A metric may well be called "…_change": its column is its value, not a change of something else.
        var answer = Answered("gmv", Query("gmv"), [Metric("gmv", name: "gmv_change")], [12345678m]);
        var display = AnswerDisplayBuilder.Describe(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal("支付GMV", display.Columns[0].Label);
        Assert.Equal("1234.57万元", display.Cells[0][0]);
    }

    [Fact]
    public void Only_an_answered_question_has_display_facts() =>
        Assert.Null(AnswerDisplayBuilder.Describe(new Answer { Status = AnswerStatus.Denied }, TestRepository.Catalog, "zh"));

    [Fact]
    public void Roles_are_written_as_the_contract_spells_them_and_absent_ids_as_null()
    {
        var json = JsonSerializer.Serialize(ByRegionYoy().Columns, ContractJson.Options);
        Assert.Contains("""{"name":"gmv_change_pct","type":"number","role":"change_pct","metric":"gmv","dimension":null}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"name":"region","type":"string","role":"dimension","metric":null,"dimension":"region"}""", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<ColumnDto[]>(json, ContractJson.Options)!;
        Assert.Equal(ByRegionYoy().Columns, back);
    }

    [Fact]
    public void Display_facts_of_an_answer_read_back_from_json_are_the_same()
    {
        var answer = ByRegionYoy();
        var copy = JsonSerializer.Deserialize<Answer>(JsonSerializer.Serialize(answer, ContractJson.Options), ContractJson.Options)!;
        var before = AnswerDisplayBuilder.Describe(answer, TestRepository.Catalog, "zh")!;
        var after = AnswerDisplayBuilder.Describe(copy, TestRepository.Catalog, "zh")!;
        Assert.Equal(before.Cells, after.Cells);
        Assert.Equal(JsonSerializer.Serialize(before.Chart, ContractJson.Options), JsonSerializer.Serialize(after.Chart, ContractJson.Options));
    }
}
