using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Time.Conformance;
using Xunit.Abstractions;
using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Microsoft Recognizers-Text's date-range cases (../shared/external/recognizers-text), scored by <see cref="TimeConformanceSuite"/>.</summary>
public class ConformanceTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(TestRepository.Root, "..", "shared", "external", "recognizers-text"));

    /// <summary>
    /// Floors at what the resolver achieves today (pass rate = exact agreement with Microsoft; conformance
    /// = agreement or a documented difference). Measured: Chinese parser 27/47 exact, 46/47 with documented
    /// differences; Chinese model 30/51, 51/51; English parser 67/101, 100/101. With weekends of a named week
    /// resolved (issue #12) they are scored too: Chinese parser 30/50, 49/50; model 32/53, 53/53; English 71/106, 105/106.
    /// With the week of a date resolved ("the week of the 18th"), English 74/109, 108/109. Session 17 (2010年之后2018年之前
    /// read whole; a range that has begun this year documented): Chinese parser 31/50, 50/50; English 74/109, 109/109.
    /// </summary>
    [SkippableTheory]
    [InlineData("Chinese-DatePeriodParser.json", 0.61, 1.00)]
    [InlineData("Chinese-DateTimeModel.json", 0.60, 1.00)]
    [InlineData("English-DatePeriodParser.json", 0.67, 1.00)]
    public void Microsoft_cases_pass_or_differ_as_documented(string file, double passFloor, double conformanceFloor)
    {
        Skip.If(!File.Exists(Path.Combine(Folder, file)), $"{Folder}/{file} is not present on this machine");

        var report = TimeConformanceSuite.Run(Folder, Resolver);
        output.WriteLine(report.ToMarkdown());

        Assert.True(report.IsApplicable);
        var result = Assert.Single(report.Files, f => f.File == file);
        Assert.True(result.Scored > 0);
        Assert.True(result.PassRate >= passFloor, $"{result}");
        Assert.True(result.ConformanceRate >= conformanceFloor, $"{result}");
        Assert.Equal(result.Scored, result.Passed + result.DifferentAsDocumented + result.Failed);
    }

    /// <summary>
    /// A Microsoft file the rules were not written against (Fixtures/README.md): measured first at 77 of 157 scored
    /// cases exact and 115 with documented differences (42 failures); after the fixes 89 of 154 exact, 150 with
    /// documented differences (4 failures: "from Sep to Nov" read as the range that has started, the fortnight,
    /// next workweek, the weekend of halloween). The floors hold what the fixes reached. With the week of a date
    /// resolved ("the week of april 10th"), 91 of 156 exact. Session 17: "from Sep to Nov" is a documented difference
    /// (started-ranges), 3 failures.
    /// </summary>
    [Fact]
    public void An_unseen_Microsoft_file_passes_or_differs_as_documented()
    {
        var file = Path.Combine(TestRepository.Root, "tests", "MetricAssistant.Understanding.Tests", "Time", "Fixtures", "English-DateTimeModel-dateranges.json");

        var report = TimeConformanceSuite.RunFiles([file], Resolver);
        output.WriteLine(report.ToMarkdown());

        var result = Assert.Single(report.Files);
        Assert.True(result.Scored >= 150, $"{result}");
        Assert.True(result.PassRate >= 0.57, $"{result}");
        Assert.True(result.ConformanceRate >= 0.97, $"{result}");
        Assert.True(result.Failed <= 3, $"{result}");
    }

    [Fact]
    public void A_missing_case_file_is_not_applicable()
    {
        var report = TimeConformanceSuite.RunFiles([Path.Combine(Path.GetTempPath(), "no-such-file-" + Guid.NewGuid() + ".json")], Resolver);

        Assert.False(report.IsApplicable);
        Assert.Empty(report.Files);
    }

    [SkippableFact]
    public void Every_counted_difference_is_documented_with_a_reason()
    {
        Skip.If(!Directory.Exists(Folder), $"{Folder} is not present on this machine");

        var report = TimeConformanceSuite.Run(Folder, Resolver);
        var ids = report.DeliberateDifferences.Select(d => d.Id).ToHashSet();

        Assert.All(report.DeliberateDifferences, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
        Assert.All(report.Files.SelectMany(f => f.Documented.Concat(f.Excluded)), c => Assert.Contains(c.DifferenceId!, ids));
        // Documented differences are scored: each one carries our actual answer, unlike excluded cases.
        Assert.All(report.Files.SelectMany(f => f.Documented), c => Assert.NotNull(c.Actual));
        Assert.All(report.Files.SelectMany(f => f.Excluded), c => Assert.Null(c.Actual));
    }

    [Fact]
    public void A_missing_folder_is_not_applicable()
    {
        var report = TimeConformanceSuite.Run(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()), Resolver);

        Assert.False(report.IsApplicable);
        Assert.StartsWith("not applicable", report.Status);
        Assert.Empty(report.Files);
        Assert.NotEmpty(report.DeliberateDifferences);
    }

    [Fact]
    public void A_case_file_is_scored_against_the_past_reading()
    {
        var folder = Directory.CreateTempSubdirectory("time-conformance-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "Sample-DatePeriodParser.json"), """
                [
                  { "Input": "上个月", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" },
                    "Results": [ { "Type": "daterange", "Value": {
                      "FutureResolution": { "startDate": "2025-06-01", "endDate": "2025-07-01" },
                      "PastResolution": { "startDate": "2025-06-01", "endDate": "2025-07-01" } } } ] },
                  { "Input": "3月1日到15日", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" },
                    "Results": [ { "Type": "daterange", "Value": {
                      "FutureResolution": { "startDate": "2026-03-01", "endDate": "2026-03-15" },
                      "PastResolution": { "startDate": "2025-03-01", "endDate": "2025-03-15" } } } ] },
                  { "Input": "周末", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" },
                    "Results": [ { "Type": "daterange", "Value": {
                      "PastResolution": { "startDate": "2025-07-26", "endDate": "2025-07-28" } } } ] },
                  { "Input": "今年夏天", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" },
                    "Results": [ { "Type": "daterange", "Value": { "PastResolution": { } } } ] },
                  { "Input": "gmv", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" }, "Results": [] }
                ]
                """);
            File.WriteAllText(Path.Combine(folder.FullName, "not-cases.json"), "{ \"hello\": 1 }");

            var report = TimeConformanceSuite.Run(folder.FullName, Resolver);

            var file = Assert.Single(report.Files, f => f.File == "Sample-DatePeriodParser.json");
            Assert.Equal((3, 1, 2, 1, 1, 0), (file.Applicable, file.OutOfScope, file.Scored, file.Passed, file.DifferentAsDocumented, file.Failed));
            Assert.Equal("inclusive-range-end", Assert.Single(file.Documented).DifferenceId);
            Assert.Equal("weekends", Assert.Single(file.Excluded).DifferenceId);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Date_parser_and_merged_parser_files_are_scored_as_one_day_and_range_cases()
    {
        var folder = Directory.CreateTempSubdirectory("time-conformance-");
        try
        {
            var file = Path.Combine(folder.FullName, "Sample-MergedParser.json");
            File.WriteAllText(file, """
                [
                  { "Input": "gmv on 3 march 2025", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" },
                    "Results": [ { "Type": "date", "Value": { "PastResolution": { "date": "2025-03-03" } } } ] },
                  { "Input": "gmv last month", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" },
                    "Results": [ { "Type": "datetimeV2.daterange", "Value": { "values": [ { "start": "2025-06-01", "end": "2025-07-01" } ] } } ] },
                  { "Input": "gmv yesterday", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" },
                    "Results": [ { "Type": "datetimeV2.date", "Value": { "values": [ { "value": "2025-07-14" } ] } } ] },
                  { "Input": "at 5pm", "Context": { "ReferenceDateTime": "2025-07-15T00:00:00" },
                    "Results": [ { "Type": "datetimeV2.time", "Value": { "values": [ { "value": "17:00:00" } ] } } ] }
                ]
                """);

            var result = Assert.Single(TimeConformanceSuite.RunFiles([file], Resolver).Files);

            Assert.Equal((3, 3, 0), (result.Applicable, result.Passed, result.Failed));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Microsoft's DateParser files (Fixtures/README.md), unseen until session 17: measured first (as one-day ranges)
    /// at English 49 of 77 scored exact, 28 failures; Chinese 28 of 52, 24 failures — mostly a rule reading part of a
    /// date (jan first → January, 1 month 21 days ago → 21 days ago, 本月十日 → the month, 八月十五 → August). After the
    /// fixes: English 60 of 64 exact, 1 failure ("tmrw"; a bare number as a day, "for the 27", "on 15", is a documented
    /// exclusion); Chinese 40 of 42, 2 failures (最近 as today, 後天). Lunar days and "a month ago" are documented.
    /// </summary>
    [Theory]
    [InlineData("English-DateParser-dates.json", 64, 0.93, 0.98, 1)]
    [InlineData("Chinese-DateParser-dates.json", 42, 0.95, 0.95, 2)]
    public void Unseen_Microsoft_date_files_pass_or_differ_as_documented(string name, int scored, double passFloor, double conformanceFloor, int maxFailed)
    {
        var file = Path.Combine(TestRepository.Root, "tests", "MetricAssistant.Understanding.Tests", "Time", "Fixtures", name);

        var report = TimeConformanceSuite.RunFiles([file], Resolver);
        output.WriteLine(report.ToMarkdown());

        var result = Assert.Single(report.Files);
        Assert.True(result.Scored >= scored, $"{result}");
        Assert.True(result.PassRate >= passFloor, $"{result}");
        Assert.True(result.ConformanceRate >= conformanceFloor, $"{result}");
        Assert.True(result.Failed <= maxFailed, $"{result}");
    }
}
