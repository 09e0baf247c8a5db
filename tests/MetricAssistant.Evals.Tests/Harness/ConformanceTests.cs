using MetricAssistant.Evals.Reports;
using MetricAssistant.Evals.Running;

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
        Assert.Equal("ran: 8/10 (80.0%), 1 deliberate differences, 1 failures", section.Headline());

        var report = await sets.RunAsync() with { Conformance = section };
        var md = MarkdownReportWriter.Render(report);
        Assert.Contains("| Chinese-DatePeriodParser.json | 11 | 8 | 1 | 1 | 1 | 80.0% (8/10) |", md);
        Assert.Contains("### Deliberate differences (1)", md);
        Assert.Contains("the conventions keep the end day inclusive", md);
    }

    [Fact]
    public void The_recognizers_folder_is_beside_the_repository()
    {
        var dir = ConformanceRunner.TimeDirectory("/work/main");
        Assert.Equal(Path.GetFullPath("/work/shared/external/recognizers-text"), dir);
    }

    private sealed class FixedSuite(bool throws = false) : IConformanceSuite
    {
        public string Name => ConformanceRunner.TimeSuiteName;

        public ConformanceSection Run(string directory)
        {
            if (throws) throw new InvalidOperationException("resolver exploded");
            return new ConformanceSection(Name, ConformanceSection.Ran, null, directory,
                [new ConformanceFileResult("Chinese-DatePeriodParser.json", 11, 8, 1, 1, 1)],
                [new ConformanceDifference("Chinese-DatePeriodParser.json", "从一月十日到十二日", "[01-10, 01-12)", "[01-10, 01-13)", "the conventions keep the end day inclusive")],
                [new ConformanceDifference("Chinese-DatePeriodParser.json", "上上周", "[…)", "none", null)]);
        }
    }
}
