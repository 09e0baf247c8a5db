using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>A metric's optional version history: read from the YAML, oldest first, ending at the current version.</summary>
public sealed class ChangelogTests
{
    private const string Gmv = "catalog/metrics/gmv.yaml";

    private static string Entry(int version, string date, string author = "财务部", string zh = "改口径", string en = "Changed") =>
        $"\n  - {{ version: {version}, date: {date}, author: {author}, summary: {{ zh: {zh}, en: {en} }} }}";

    private static MiniCatalog WithChangelog(int version, params string[] entries) => new MiniCatalog()
        .Replace(Gmv, "version: 1", $"version: {version}")
        .Replace(Gmv, "official: true", "official: true\nchangelog:" + string.Concat(entries));

    [Fact]
    public void A_changelog_is_read_oldest_first_with_dates_authors_and_both_languages()
    {
        var result = WithChangelog(3, Entry(1, "2022-01-10", "财务部 王敏", "首次发布", "First release"), Entry(2, "2023-07-01"), Entry(3, "2024-01-01")).Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var log = result.Catalog!.FindMetric("gmv")!.Changelog;
        Assert.Equal([1, 2, 3], log.Select(c => c.Version));
        Assert.Equal(new MetricChange(1, new DateOnly(2022, 1, 10), "财务部 王敏", new LocalizedText("首次发布", "First release")), log[0]);
    }

    [Fact]
    public void Without_a_changelog_a_metric_has_an_empty_history()
    {
        var result = new MiniCatalog().Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Catalog!.FindMetric("gmv")!.Changelog);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    public void Versions_must_strictly_increase(int first, int second)
    {
        var catalog = WithChangelog(second, Entry(first, "2022-01-10"), Entry(second, "2023-01-10"));
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.ChangelogOrder);
        ProblemAssert.At(problem, Gmv, catalog.LineOf(Gmv, $"version: {second}, date: 2023-01-10"));
        Assert.Equal($"changelog of metric 'gmv' lists v{second} after v{first}; versions must strictly increase, oldest first", problem.Message);
    }

    [Fact]
    public void Dates_must_not_go_back()
    {
        var catalog = WithChangelog(2, Entry(1, "2023-01-10"), Entry(2, "2022-12-31"));
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.ChangelogOrder);
        Assert.Contains("dates v2 (2022-12-31) before v1 (2023-01-10)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newest_entry_must_be_the_current_version()
    {
        var catalog = WithChangelog(3, Entry(1, "2022-01-10"), Entry(2, "2023-01-10"));
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.ChangelogVersionMismatch);
        ProblemAssert.At(problem, Gmv, catalog.LineOf(Gmv, "version: 2, date"));
        Assert.Equal("add an entry for version 3", problem.Suggestion);
    }

    [Fact]
    public void An_entry_ahead_of_the_metric_version_is_reported_too()
    {
        var problem = ProblemAssert.Single(WithChangelog(1, Entry(1, "2022-01-10"), Entry(2, "2023-01-10")).Load(), CatalogProblemCodes.ChangelogVersionMismatch);
        Assert.Equal("set 'version: 2' or remove the entry", problem.Suggestion);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("last year")]
    public void A_date_must_be_an_iso_date(string date)
    {
        var catalog = WithChangelog(1, Entry(1, $"\"{date}\""));
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.InvalidField);
        Assert.Contains($"must be a date such as 2025-03-01, not '{date}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_needs_both_languages()
    {
        var problem = ProblemAssert.Single(WithChangelog(1, Entry(1, "2022-01-10", en: "\"\"")).Load(), CatalogProblemCodes.InvalidField);
        Assert.Contains("needs a summary in both languages", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_entry_field_is_reported_with_a_hint()
    {
        var catalog = WithChangelog(1, "\n  - { version: 1, date: 2022-01-10, autor: 财务部, author: 财务部, summary: { zh: 首次发布, en: First release } }");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.UnknownField);
        Assert.Equal("did you mean 'author'?", problem.Suggestion);
    }

    [Fact]
    public void Every_shipped_metric_has_a_history_ending_at_its_version()
    {
        var result = new CatalogLoader().Load(RepoPaths.Catalog);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (var metric in result.Catalog!.Metrics.Values)
        {
            Assert.NotEmpty(metric.Changelog);
            Assert.Equal(metric.Version, metric.Changelog[^1].Version);
        }
        Assert.True(result.Catalog.FindMetric("gmv")!.Changelog.Count >= 3);
        Assert.True(result.Catalog.FindMetric("aov")!.Changelog.Count >= 2);
    }
}
