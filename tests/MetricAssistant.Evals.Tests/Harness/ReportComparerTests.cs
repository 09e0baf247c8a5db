using MetricAssistant.Evals.Gate;
using MetricAssistant.Evals.Reports;

namespace MetricAssistant.Evals.Tests.Harness;

public sealed class ReportComparerTests
{
    [Fact]
    public async Task Comparing_two_reports_names_the_cases_broken_and_fixed_and_the_deltas()
    {
        using var sets = new HarnessSets();
        // before: order_count answered with the wrong grain; after: that is fixed, but gmv is broken
        var before = await sets.RunAsync((c, a) => a.Query?.Metrics is ["order_count"] ? a with { Query = a.Query with { Grain = "day" } } : a);
        var after = await sets.RunAsync(HarnessSets.WrongMetricForGmv);
        var oldPath = JsonReportWriter.Write(before, sets.Temp("old"));
        var newPath = JsonReportWriter.Write(after, sets.Temp("new"));

        var comparison = ReportComparer.Compare(BaselineFile.Read(oldPath), BaselineFile.Read(newPath), "old.json", "new.json");

        Assert.Equal(["golden/time-mixed-001", "golden/time-zh-001", "holdout/ho-time-zh-001"], comparison.Broken.Select(c => $"{c.Set}/{c.Id}"));
        Assert.Equal(["golden/time-en-001"], comparison.Fixed.Select(c => $"{c.Set}/{c.Id}"));
        Assert.Empty(comparison.Added);
        Assert.Empty(comparison.Removed);
        var full = comparison.Deltas.Single(d => d.Set == "golden" && d.Score == "full");
        Assert.Equal(0.8, full.Before);
        Assert.Equal(0.6, full.After);
        Assert.Equal(-20, full.Points);

        var md = File.ReadAllText(ComparisonWriter.Write(comparison, sets.Temp("cmp")));
        Assert.Contains("## Broken (passed before, fail now) (3)", md);
        Assert.Contains("- `time-en-001` (golden)", md);
        Assert.Contains("| golden | full | 80.0% | 60.0% | -20.0 |", md);
        Assert.Contains(ComparisonWriter.Summary(comparison), l => l.Contains("broken: time-zh-001 (golden)"));
    }

    [Fact]
    public void Added_and_removed_cases_are_listed_apart()
    {
        var before = BaselineGateTests.Set(0.5, [], passed: ["a"], failed: ["b"]);
        var after = BaselineGateTests.Set(0.5, [], passed: ["a", "c"]);
        var comparison = ReportComparer.Compare(before, after);
        Assert.Equal(["c"], comparison.Added.Select(c => c.Id));
        Assert.Equal(["b"], comparison.Removed.Select(c => c.Id));
        Assert.Empty(comparison.Broken);
        Assert.Empty(comparison.Fixed);
    }
}
