using System.Text.RegularExpressions;
using MetricAssistant.Evals.Gate;
using MetricAssistant.Evals.Reports;

namespace MetricAssistant.Evals.Tests.Harness;

public sealed class ReportWriterTests
{
    [Fact]
    public async Task The_report_aggregates_per_set_category_and_language()
    {
        using var sets = new HarnessSets();
        var report = await sets.RunAsync(HarnessSets.WrongMetricForGmv);

        Assert.Equal(["golden", "holdout"], report.Sets.Select(s => s.Name));
        var golden = report.Sets[0];
        Assert.False(golden.HeldOut);
        Assert.True(report.Sets[1].HeldOut);
        Assert.Equal(5, golden.Overall.Cases);
        Assert.Equal(new Scoring.Rate(3, 5), golden.Overall.Full);
        Assert.Equal(new Scoring.Rate(1, 3), golden.Overall.Metric);
        Assert.Equal(new Scoring.Rate(1, 1), golden.Overall.Execution);
        Assert.Equal(["time", "filter", "clarification", "permission", "mixed-language", "noise"], golden.Categories.Keys);
        Assert.Equal(new Scoring.Rate(1, 3), golden.Categories["time"].Full);
        Assert.Equal(["zh", "en", "mixed"], golden.Languages.Keys);
        Assert.Equal(new Scoring.Rate(1, 2), golden.Languages["zh"].Full);
        Assert.Equal(5, golden.Overall.Latency.Count);
        Assert.Equal(new Scoring.Rate(1, 3), golden.Overall.Parameters["metrics"]);
        Assert.Equal(new Scoring.Rate(3, 3), golden.Overall.Parameters["timeRange"]);
    }

    [Fact]
    public async Task Markdown_lists_every_failure_with_expected_and_actual_side_by_side()
    {
        using var sets = new HarnessSets();
        var report = await sets.RunAsync(HarnessSets.WrongMetricForGmv);
        var dir = sets.Temp("out");
        var md = File.ReadAllText(MarkdownReportWriter.Write(report, dir));

        Assert.Contains("## Headline", md);
        Assert.Contains("## Per category — golden", md);
        Assert.Contains("## Per language — holdout (held out)", md);
        Assert.Contains("## Failures — golden (2)", md);
        Assert.Contains("### `time-zh-001` — 上月gmv", md);
        Assert.Contains("### `ho-time-zh-001` — 华东上个月销售额", md);
        Assert.DoesNotContain("### `time-en-001`", md);
        // the expected and the actual query on one table row, as compact JSON
        var row = md.Split('\n').First(l => l.StartsWith("| query |", StringComparison.Ordinal) && l.Contains("tmall"));
        Assert.Matches(new Regex("""^\| query \| `\{"metrics":\["gmv"\].*"values":\["tmall"\].*\}` \| `\{"metrics":\["gmv_net"\].*\}` \|"""), row);
        Assert.Contains("| status | answered | answered |", md);
        Assert.Contains("Wrong: metric; query: metrics", md);
        Assert.Contains("not applicable: folder absent", md);
    }

    [Fact]
    public async Task Html_is_one_self_contained_page_with_a_chart_per_set()
    {
        using var sets = new HarnessSets();
        var report = await sets.RunAsync(HarnessSets.WrongMetricForGmv);
        var html = File.ReadAllText(HtmlReportWriter.Write(report, sets.Temp("out")));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Equal(2, Regex.Matches(html, "<svg ").Count);
        Assert.DoesNotMatch("<link|<script|<img| src=|href=|@import|url\\(", html);
        Assert.Contains("time-zh-001", html);
        Assert.Contains("mixed-language", html);
    }

    [Fact]
    public async Task Json_round_trips_and_a_report_reads_as_a_baseline()
    {
        using var sets = new HarnessSets();
        var report = await sets.RunAsync(HarnessSets.WrongMetricForGmv);
        report = report with { Gate = BaselineGate.Check(Baseline.From(report), Baseline.From(report)) };
        var path = JsonReportWriter.Write(report, sets.Temp("out"));
        var text = File.ReadAllText(path);

        Assert.Contains("\"kind\": \"metricassistant-eval-report\"", text);
        Assert.Contains("上月gmv", text);
        var back = JsonReportWriter.Read(path);
        Assert.Equal(report.Cases.Count, back.Cases.Count);
        Assert.Equal(report.Sets[0].Overall.Full, back.Sets[0].Overall.Full);
        Assert.Equal(ReportText.Query(report.Cases[2].Expected.Query), ReportText.Query(back.Cases[2].Expected.Query));
        Assert.Equal(report.Cases[2].Score.Parameters, back.Cases[2].Score.Parameters);
        Assert.True(back.Gate!.Passed);
        Assert.Equal(Baseline.From(report).Sets[0].Failed, BaselineFile.Read(path).Sets[0].Failed);
    }

    [Fact]
    public async Task The_console_summary_names_each_set_the_conformance_and_the_gate()
    {
        using var sets = new HarnessSets();
        var report = await sets.RunAsync();
        var lines = ConsoleSummary.Lines(report).ToArray();
        Assert.Contains(lines, l => l.StartsWith("golden ", StringComparison.Ordinal) && l.Contains("full 100.0% (5/5)"));
        Assert.Contains(lines, l => l.StartsWith("holdout (held out)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("not applicable: folder absent"));
        Assert.Contains("no baseline: not gated", lines);
    }
}
