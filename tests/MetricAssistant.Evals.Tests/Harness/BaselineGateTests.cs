using MetricAssistant.Evals.Gate;
using MetricAssistant.Evals.Reports;

namespace MetricAssistant.Evals.Tests.Harness;

public sealed class BaselineGateTests
{
    [Fact]
    public async Task The_gate_blocks_a_change_that_breaks_every_gmv_case_and_names_them()
    {
        using var sets = new HarnessSets();
        var good = await sets.RunAsync();
        var baselinePath = sets.Temp("baseline.json");
        BaselineFile.Write(Baseline.From(good), baselinePath);

        var broken = await sets.RunAsync(HarnessSets.WrongMetricForGmv);
        var gate = BaselineGate.Check(BaselineFile.Read(baselinePath), Baseline.From(broken), baselineName: "baseline.json");

        Assert.False(gate.Passed);
        Assert.Equal(
            ["golden/time-mixed-001", "golden/time-zh-001", "holdout/ho-time-zh-001"],
            gate.NewlyFailing.Select(c => $"{c.Set}/{c.Id}").Order(StringComparer.Ordinal));
        Assert.Contains(gate.Drops, d => d.Set == "golden" && d.Score == "full");
        Assert.Contains(gate.Drops, d => d.Set == "golden" && d.Score == "category:filter");
        Assert.DoesNotContain(gate.Drops, d => d.Score == "category:clarification");
        Assert.Contains(gate.Describe(), line => line.Contains("time-zh-001 (golden)"));
    }

    [Fact]
    public async Task The_gate_passes_an_identical_run()
    {
        using var sets = new HarnessSets();
        var baselinePath = sets.Temp("baseline.json");
        BaselineFile.Write(Baseline.From(await sets.RunAsync()), baselinePath);

        var gate = BaselineGate.Check(BaselineFile.Read(baselinePath), Baseline.From(await sets.RunAsync()));

        Assert.True(gate.Passed, string.Join("\n", gate.Describe()));
        Assert.Empty(gate.Drops);
        Assert.Empty(gate.NewlyFailing);
    }

    [SkippableFact]
    public async Task The_gate_blocks_a_broken_change_over_the_whole_committed_golden_set()
    {
        var (cases, _) = EvalSetLoader.Load(EvalSets.GoldenDirectory, heldOut: false);
        Skip.If(cases.Count == 0, "no golden cases yet");
        var gmvCases = cases.Where(c => c.Expect.Query?.Metrics is ["gmv", ..] && c.Expect.Status == "answered").Select(c => c.Id).ToHashSet();
        var sources = new[] { new EvalSetSource("golden", EvalSets.GoldenDirectory, false) };
        var options = Running.EvalRunnerOptions.Default;

        var good = await new Running.EvalSession(new HarnessFakes.OracleAsk(cases), new HarnessFakes.RowsRunner(), null, options).RunAsync(sources, "rules", "/nowhere", CancellationToken.None);
        var bad = await new Running.EvalSession(new HarnessFakes.OracleAsk(cases, HarnessSets.WrongMetricForGmv), new HarnessFakes.RowsRunner(), null, options).RunAsync(sources, "rules", "/nowhere", CancellationToken.None);

        Assert.Equal(1.0, good.Sets[0].Overall.Full.Value);
        Assert.Equal(1.0, good.Sets[0].Overall.Execution.Value);
        Assert.True(BaselineGate.Check(Baseline.From(good), Baseline.From(good)).Passed);
        var gate = BaselineGate.Check(Baseline.From(good), Baseline.From(bad));
        Assert.False(gate.Passed);
        Assert.Equal(gmvCases.Order(StringComparer.Ordinal), gate.NewlyFailing.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Small_drops_within_the_tolerance_pass_and_larger_ones_fail()
    {
        var before = Set(full: 0.900, categories: new() { ["time"] = 0.90 });
        var within = Set(full: 0.895, categories: new() { ["time"] = 0.891 });
        var beyond = Set(full: 0.900, categories: new() { ["time"] = 0.88 });
        Assert.True(BaselineGate.Check(before, within).Passed);
        var gate = BaselineGate.Check(before, beyond);
        Assert.False(gate.Passed);
        Assert.Equal("category:time", Assert.Single(gate.Drops).Score);
        Assert.True(BaselineGate.Check(before, beyond, tolerancePoints: 2.5).Passed);
    }

    [Fact]
    public void Missing_sets_and_cases_are_noted_not_failed()
    {
        var before = Set(full: 0.9, categories: [], passed: ["a", "b"]);
        var after = Set(full: 0.9, categories: [], passed: ["a", "c"]);
        var gate = BaselineGate.Check(before with { Sets = [.. before.Sets, before.Sets[0] with { Name = "holdout" }] }, after);
        Assert.True(gate.Passed);
        Assert.Contains(gate.Notes, n => n.Contains("holdout"));
        Assert.Contains(gate.Notes, n => n.Contains("1 case(s)"));
    }

    internal static Baseline Set(double full, Dictionary<string, double?> categories, string[]? passed = null, string[]? failed = null) =>
        new(Baseline.BaselineKind, 1, DateTimeOffset.UnixEpoch, "rules",
            [new BaselineSet("golden", 10, new Dictionary<string, double?> { ["full"] = full }, categories, new Dictionary<string, double?>(), passed ?? [], failed ?? [])]);
}
