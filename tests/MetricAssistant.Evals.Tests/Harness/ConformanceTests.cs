using MetricAssistant.QueryModel;
using MetricAssistant.Evals.Reports;
using MetricAssistant.Evals.Running;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Time.Conformance;

namespace MetricAssistant.Evals.Tests.Harness;

public sealed class ConformanceTests
{
    [Fact]
    public void An_absent_folder_is_not_applicable_never_passed()
    {
        var section = ConformanceRunner.Run(new FixedSuite(), "/definitely/not/here");
        Assert.Equal(ConformanceSection.NotApplicable, section.Status);
        Assert.Equal("not applicable: folder absent", section.Headline());
        Assert.DoesNotContain("pass", section.Headline(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_present_folder_without_a_suite_is_not_applicable_and_a_throwing_suite_is_an_error()
    {
        var dir = Path.GetTempPath();
        Assert.Equal(ConformanceSection.NotApplicable, ConformanceRunner.Run(null, dir).Status);
        var error = ConformanceRunner.Run(new FixedSuite(throws: true), dir);
        Assert.Equal(ConformanceSection.Error, error.Status);
        Assert.Contains("resolver exploded", error.Headline());
    }

    [Fact]
    public async Task A_run_suite_shows_pass_rates_per_file_and_deliberate_differences_with_reasons()
    {
        using var sets = new HarnessSets();
        var section = ConformanceRunner.Run(new FixedSuite(), sets.Root);
        Assert.Equal("ran: 8/10 (80.0%), 1 documented differences, 1 failures, 1 out of scope", section.Headline());

        var report = await sets.RunAsync() with { Conformance = section };
        var md = MarkdownReportWriter.Render(report);
        Assert.Contains("| Chinese-DatePeriodParser.json | 11 | 8 | 1 | 1 | 1 | 80.0% (8/10) |", md);
        Assert.Contains("### Deliberate differences (1)", md);
        Assert.Contains("| `inclusive-end` | different result | 1 | 到 includes the end day | the conventions keep the end day inclusive |", md);
        Assert.Contains("### Failures (1)", md);
    }

    [Fact]
    public void The_time_suite_report_maps_to_the_section()
    {
        var day = new DateRange(new DateOnly(2017, 1, 10), new DateOnly(2017, 1, 12));
        var longer = day with { End = new DateOnly(2017, 1, 13) };
        var file = new Understanding.Time.Conformance.ConformanceFileResult("Chinese-DatePeriodParser.json", 12, 2, 7, 1,
            [new ConformanceCaseResult("上上周", new DateTime(2017, 3, 22), day, null, null)],
            [new ConformanceCaseResult("从一月十日到十二日", new DateTime(2017, 3, 22), day, longer, "inclusive-range-end")],
            [new ConformanceCaseResult("这个周末", new DateTime(2017, 3, 22), day, null, "weekends"), new ConformanceCaseResult("下周末", new DateTime(2017, 3, 22), day, null, "weekends")]);
        var report = new TimeConformanceReport("/x", true, "ran 1 files", [file],
            [new DeliberateDifference("weekends", DifferenceKind.OutOfScope, "weekend", "a filter, not a range"), new DeliberateDifference("inclusive-range-end", DifferenceKind.DifferentResult, "到", "end day included")]);

        var section = TimeConformanceAdapter.ToSection("time", report);

        Assert.Equal(ConformanceSection.Ran, section.Status);
        var f = Assert.Single(section.Files);
        Assert.Equal((12, 7, 1, 1, 2), (f.Total, f.Passed, f.Differences, f.Failed, f.Skipped));
        Assert.Equal(new Scoring.Rate(7, 10), f.PassRate);
        Assert.Equal([("weekends", 2), ("inclusive-range-end", 1)], section.Rules.Select(r => (r.Id, r.Cases)));
        Assert.Equal("[2017-01-10, 2017-01-13)", Assert.Single(section.Differences).Actual);
        Assert.Equal("nothing", Assert.Single(section.Failures).Actual);
        Assert.Equal("not applicable: folder not found", TimeConformanceAdapter.ToSection("time", TimeConformanceReport.NotApplicable("/x", "folder not found")).Headline());
    }

    [SkippableFact]
    public void The_suite_runs_over_the_recognizers_folder_beside_the_repository()
    {
        var dir = ConformanceRunner.TimeDirectory(TestRepository.Root);
        Skip.IfNot(Directory.Exists(dir), $"{dir} absent");
        var section = ConformanceRunner.Run(new TimeConformanceAdapter(new NoTimes()), dir);
        Assert.Equal(ConformanceSection.Ran, section.Status);
        Assert.NotEmpty(section.Files);
        Assert.NotEmpty(section.Rules);
        Assert.All(section.Files, f => Assert.Equal(0, f.Passed));
    }

    private sealed class NoTimes : ITimeResolver
    {
        public TimeResolution Resolve(string text, DateTime now) => TimeResolution.None;
    }

    private sealed class FixedSuite(bool throws = false) : IConformanceSuite
    {
        public string Name => ConformanceRunner.TimeSuiteName;

        public ConformanceSection Run(string directory)
        {
            if (throws) throw new InvalidOperationException("resolver exploded");
            return new ConformanceSection(Name, ConformanceSection.Ran, null, directory,
                [new Reports.ConformanceFileResult("Chinese-DatePeriodParser.json", 11, 8, 1, 1, 1)],
                [new ConformanceRule("inclusive-end", "different result", "到 includes the end day", "the conventions keep the end day inclusive", 1)],
                [new ConformanceDifference("Chinese-DatePeriodParser.json", "从一月十日到十二日", "[01-10, 01-12)", "[01-10, 01-13)", "inclusive-end")],
                [new ConformanceDifference("Chinese-DatePeriodParser.json", "上上周", "[…)", "nothing", null)]);
        }
    }
}
