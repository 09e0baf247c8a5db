using System.Text.Json;
using MetricAssistant.Application.Charts;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Charts.Tests;

/// <summary>
/// Real answers from the generated demo warehouse, drawn: the chart kind the portal would choose, a PNG
/// that decodes to the asked size, the same bytes for the same answer; rendered files go to artifacts/charts/.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class ChartRenderingTests(WarehouseFixture fixture)
{
    private const string Year2025Start = "2025-01-01";
    private const string Year2025End = "2026-01-01";

    private async Task<Answer> QueryAsync(QueryDto query, string user = "ceo")
    {
        var answer = await fixture.Service("duckdb").RunAsync(new QueryRequest(query, user), CancellationToken.None);
        Assert.True(answer.Status == AnswerStatus.Answered, $"{answer.Status}: {answer.Message}");
        return answer;
    }

    [SkippableFact]
    public async Task A_monthly_trend_is_a_line_over_the_twelve_months()
    {
        var answer = await QueryAsync(new(["gmv"], [], [], new(Year2025Start, Year2025End), "month"));
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal(ChartKind.Line, spec.Kind);
        Assert.Equal("支付GMV", spec.Title);
        Assert.Equal(12, spec.Categories.Count);
        Assert.Equal("2025-01", spec.Categories[0]);
        Assert.Equal("2025-12", spec.Categories[^1]);
        Assert.Equal(answer.Rows.Select(r => Convert.ToDouble(r[1])), spec.Series.Single().Values.Select(v => v!.Value));

        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(720, 360, "zh"))!;
        Assert.Equal(ChartKind.Line, image.Kind);
        ChartTestSupport.AssertPng(image, 720, 360);
        ChartTestSupport.Save(image, "trend-gmv-by-month-zh");
    }

    [SkippableFact]
    public async Task A_trend_by_all_stores_keeps_the_largest_lines_and_names_how_many_are_left_out()
    {
        var answer = await QueryAsync(new(["gmv"], ["store"], [], new("2025-01-01", "2025-07-01"), "month"));
        var stores = answer.Rows.Select(r => r[1]).Distinct().Count();
        Assert.True(stores > ChartChooser.MaxLines, $"{stores} stores");
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal(ChartKind.Line, spec.Kind);
        // The other stores together would dwarf any single store's line, so they are left out and counted.
        Assert.Equal(ChartChooser.MaxLines - 1, spec.Series.Count);
        Assert.Equal($"另有{stores - (ChartChooser.MaxLines - 1)}项未显示", spec.Note);
        var totals = answer.Rows.GroupBy(r => Code(r[1])).Select(g => g.Sum(r => Convert.ToDouble(r[2]))).OrderDescending().Take(ChartChooser.MaxLines - 1);
        Assert.Equal(totals, spec.Series.Select(s => s.Values.Sum(v => v ?? 0)), new RoundedComparer());
        // Store names, not codes.
        Assert.DoesNotContain(spec.Series, s => answer.Rows.Any(r => Equals(r[1], s.Name)));

        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(720, 360, "zh"))!;
        ChartTestSupport.AssertPng(image, 720, 360);
        ChartTestSupport.Save(image, "trend-gmv-by-store-zh");
    }

    [SkippableFact]
    public async Task A_small_remainder_of_an_additive_metric_is_summed_as_other()
    {
        // The six largest stores and the two smallest: the two together stay under the largest line.
        var ranking = await QueryAsync(new(["gmv"], ["store"], [], new("2025-01-01", "2025-07-01"), OrderBy: [new("gmv", true)]));
        var codes = ranking.Rows.Take(6).Concat(ranking.Rows.TakeLast(2)).Select(r => Code(r[0])).ToArray();
        var answer = await QueryAsync(new(["gmv"], ["store"], [new("store", "in", codes)], new("2025-01-01", "2025-07-01"), "month"));
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "en")!;
        Assert.Equal(ChartChooser.MaxLines, spec.Series.Count);
        Assert.Equal("Other (2)", spec.Series[^1].Name);
        Assert.Null(spec.Note);
        Assert.Equal(6, spec.Categories.Count);
        for (var m = 0; m < 6; m++)
        {
            // Every month's lines add up to the month's total: nothing lost, nothing counted twice.
            var total = answer.Rows.Where(r => ((string)r[0]!).StartsWith($"2025-0{m + 1}", StringComparison.Ordinal)).Sum(r => Convert.ToDouble(r[2]));
            Assert.Equal(total, spec.Series.Sum(s => s.Values[m] ?? 0), 2);
        }
        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(720, 360, "en"))!;
        ChartTestSupport.AssertPng(image, 720, 360);
        ChartTestSupport.Save(image, "trend-gmv-by-store-other-en");
    }

    [SkippableFact]
    public async Task A_rate_by_many_groups_leaves_the_rest_out_instead_of_summing_it()
    {
        var answer = await QueryAsync(new(["conversion_rate"], ["store"], [], new("2025-01-01", "2025-07-01"), "month"));
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "en")!;
        Assert.Equal(ChartChooser.MaxLines - 1, spec.Series.Count);
        Assert.Matches("^[0-9]+ more not shown$", spec.Note);
        Assert.True(spec.Format.IsPercent, $"{spec.Format}");
        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(720, 360, "en"))!;
        ChartTestSupport.AssertPng(image, 720, 360);
        ChartTestSupport.Save(image, "trend-conversion-by-store-en");
    }

    [SkippableFact]
    public async Task A_group_by_is_bars_named_by_display_name_in_the_answers_order()
    {
        var answer = await QueryAsync(new(["gmv"], ["channel"], [], new("2025-06-01", "2025-07-01"), OrderBy: [new("gmv", true)]));
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal(ChartKind.Bars, spec.Kind);
        Assert.Contains("天猫", spec.Categories);
        Assert.DoesNotContain("tmall", spec.Categories);
        var values = spec.Series.Single().Values.Select(v => v!.Value).ToArray();
        Assert.Equal(values.OrderByDescending(v => v), values);

        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(720, 360, "zh"))!;
        Assert.Equal(ChartKind.Bars, image.Kind);
        ChartTestSupport.AssertPng(image, 720, 360);
        ChartTestSupport.Save(image, "bars-gmv-by-channel-zh");
    }

    [SkippableFact]
    public async Task A_ranking_asked_in_chinese_is_bars_of_the_top_stores()
    {
        var answer = await fixture.Ask("duckdb").AskAsync(new AskRequest("上个月GMV最高的5家门店", "ceo", "2025-07-15T10:00:00"), CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal(ChartKind.Bars, spec.Kind);
        Assert.Equal(5, spec.Categories.Count);
        Assert.Equal(answer.Rows.Select(r => Convert.ToDouble(r[^1])), spec.Series.Single().Values.Select(v => v!.Value));

        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(720, 360, "zh"))!;
        ChartTestSupport.AssertPng(image, 720, 360);
        ChartTestSupport.Save(image, "ranking-top5-stores-zh");
    }

    [SkippableFact]
    public async Task A_long_group_by_keeps_the_first_thirty_bars_and_says_so()
    {
        var answer = await QueryAsync(new(["gmv"], ["store"], [], new("2025-06-01", "2025-07-01"), OrderBy: [new("gmv", true)]));
        Assert.True(answer.Rows.Count > ChartChooser.MaxBars, $"{answer.Rows.Count} stores");
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal(ChartChooser.MaxBars, spec.Categories.Count);
        Assert.Equal($"前{ChartChooser.MaxBars}项（共{answer.Rows.Count}项）", spec.Note);
        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(900, 420, "zh"))!;
        ChartTestSupport.AssertPng(image, 900, 420);
        ChartTestSupport.Save(image, "bars-gmv-by-store-30-zh");
    }

    [SkippableFact]
    public async Task A_year_over_year_by_region_is_paired_bars_current_and_previous()
    {
        var answer = await QueryAsync(new(["gmv"], ["region"], [], new("2025-07-01", "2025-10-01"), Compare: "yoy"));
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "en")!;
        Assert.Equal(ChartKind.ComparisonBars, spec.Kind);
        Assert.Equal(["Current", "Same period last year"], spec.Series.Select(s => s.Name));
        Assert.Equal(answer.Rows.Select(r => Convert.ToDouble(r[2])), spec.Series[1].Values.Select(v => v!.Value));
        Assert.Equal("GMV (paid), YoY", spec.Title);

        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(800, 400, "en"))!;
        Assert.Equal(ChartKind.ComparisonBars, image.Kind);
        ChartTestSupport.AssertPng(image, 800, 400);
        ChartTestSupport.Save(image, "comparison-gmv-by-region-yoy-en");
    }

    [SkippableFact]
    public async Task A_single_compared_number_is_one_pair_of_bars()
    {
        var answer = await QueryAsync(new(["aov"], [], [], new("2025-06-01", "2025-07-01"), Compare: "pop"));
        var spec = ChartChooser.Spec(answer, TestRepository.Catalog, "zh")!;
        Assert.Equal(ChartKind.ComparisonBars, spec.Kind);
        Assert.Equal(["本期", "上期"], spec.Series.Select(s => s.Name));
        var image = ChartTestSupport.Renderer().Render(answer, new ChartRequest(480, 300, "zh"))!;
        ChartTestSupport.AssertPng(image, 480, 300);
        ChartTestSupport.Save(image, "comparison-aov-mom-zh");
    }

    [SkippableFact]
    public async Task A_single_number_and_a_refusal_get_no_chart()
    {
        var renderer = ChartTestSupport.Renderer();
        var single = await QueryAsync(new(["gmv"], [], [], new("2025-06-01", "2025-07-01")));
        Assert.Null(renderer.Render(single, new ChartRequest()));

        var denied = await fixture.Ask("duckdb").AskAsync(new AskRequest("上个月的毛利率按区域", "guest", "2025-07-15T10:00:00"), CancellationToken.None);
        Assert.NotEqual(AnswerStatus.Answered, denied.Status);
        Assert.Null(renderer.Render(denied, new ChartRequest()));

        var unknown = await fixture.Service("duckdb").RunAsync(new QueryRequest(new(["no_such_metric"], ["region"]), "ceo"), CancellationToken.None);
        Assert.NotEqual(AnswerStatus.Answered, unknown.Status);
        Assert.Null(renderer.Render(unknown, new ChartRequest()));
    }

    [SkippableFact]
    public async Task The_same_answer_renders_to_the_same_bytes_also_after_a_json_round_trip()
    {
        var answer = await QueryAsync(new(["gmv"], ["region"], [], new(Year2025Start, Year2025End), "quarter"));
        var first = ChartTestSupport.Renderer().Render(answer, new ChartRequest())!;
        var second = ChartTestSupport.Renderer().Render(answer, new ChartRequest())!;
        Assert.Equal(first.Png, second.Png);

        // A door that holds the answer as JSON (rows become JsonElement) gets the same chart.
        var json = JsonSerializer.Serialize(answer, ContractJson.Options);
        var copy = JsonSerializer.Deserialize<Answer>(json, ContractJson.Options)!;
        Assert.Equal(first.Png, ChartTestSupport.Renderer().Render(copy, new ChartRequest())!.Png);
        ChartTestSupport.Save(first, "trend-gmv-by-region-quarter-zh");
    }

    [SkippableFact]
    public async Task Charts_rendered_at_the_same_time_are_the_same_as_one_at_a_time()
    {
        // A bot renders for several conversations at once: the renderer is a singleton and must not share drawing state.
        var answers = new[]
        {
            await QueryAsync(new(["gmv"], ["region"], [], new(Year2025Start, Year2025End), "month")),
            await QueryAsync(new(["aov"], ["channel"], [], new("2025-06-01", "2025-07-01"))),
            await QueryAsync(new(["gmv"], ["region"], [], new("2025-07-01", "2025-10-01"), Compare: "yoy")),
        };
        var renderer = ChartTestSupport.Renderer();
        var sequential = answers.Select(a => renderer.Render(a, new ChartRequest())!.Png).ToArray();
        var parallel = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() => (i, renderer.Render(answers[i % 3], new ChartRequest())!.Png))));
        Assert.All(parallel, p => Assert.Equal(sequential[p.i % 3], p.Png));
    }

    private static string Code(object? value) => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 0.01;

        public int GetHashCode(double obj) => 0;
    }
}
