using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance;
using MetricAssistant.Application.Governance.Versions;
using MetricAssistant.Application.Tests.Asking;
using MetricAssistant.Application.Time;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler;
using MetricAssistant.Compiler.Sql;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Application.Tests.Governance.Versions;

/// <summary>A metric's versions, one version in full and the diff between two, read from a store seeded with gmv v1..v3.</summary>
public sealed class MetricVersionsTests
{
    private static readonly DateTimeOffset SeededAt = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static async Task<(MetricVersions Versions, SemanticCatalog Catalog)> SeededAsync()
    {
        var time = new FakeTimeProvider(SeededAt);
        var store = await CatalogStoreSeeding.WithGmvHistoryAsync(time);
        var catalog = await CatalogStoreSeeding.CurrentCatalogAsync(store);
        return (Build(store, catalog), catalog);
    }

    private static MetricVersions Build(ICatalogStore store, SemanticCatalog catalog) =>
        new(new SwitchableCatalogProvider(catalog), new MetricHistory(store), new AskHarness.RecordingWarehouse(),
            new OrganizationClock(TimeProvider.System, Options.Create(new OrganizationOptions())));

    [Fact]
    public async Task Versions_are_listed_oldest_first_with_the_last_revision_of_each()
    {
        var (versions, _) = await SeededAsync();
        var (list, failure) = await versions.ListAsync("gmv", CancellationToken.None);
        Assert.Null(failure);
        Assert.NotNull(list);
        Assert.Equal([1, 2, 3], list.Select(v => v.Version));
        Assert.Equal(["superseded", "superseded", "published"], list.Select(v => v.Status));
        Assert.Equal([false, false, true], list.Select(v => v.Current));
        // v3 was stored twice (a synonym added later): the list shows its last revision, by its author.
        Assert.Equal([1L, 2L], list.Take(2).Select(v => v.Revision!.Value));
        Assert.True(list[2].Revision > 3, "v3's first revision is 3; the list shows the later one");
        Assert.Equal(["fin_wang", "fin_wang", "fin_li"], list.Select(v => v.PublishedBy));
        Assert.All(list, v => Assert.Equal(SeededAt, v.PublishedAt));
        Assert.Equal("Counted at payment time on the amount actually paid, to match the finance month-end close.", list[1].Summary!.En);
        Assert.Equal("首次发布：已完成订单的下单金额之和，按下单时间计。", list[0].Summary!.Zh);
        Assert.Equal("2023-07-01", list[1].Date);
    }

    [Fact]
    public async Task Without_history_in_the_store_the_current_definition_is_the_only_version()
    {
        var versions = Build(new InMemoryCatalogStore(TimeProvider.System), TestRepository.Catalog);
        var (list, _) = await versions.ListAsync("aov", CancellationToken.None);
        var only = Assert.Single(list!);
        Assert.Equal((2, "published", true, null), (only.Version, only.Status, only.Current, only.Revision));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), only.PublishedAt);
        Assert.Equal("数据治理委员会", only.PublishedBy);
        var (detail, _) = await versions.DefinitionAsync("aov", "2", CancellationToken.None);
        Assert.Equal(CatalogViews.Detail(TestRepository.Catalog, TestRepository.Catalog.Metrics["aov"]).Summary, detail!.Summary);
        var (missing, failure) = await versions.DefinitionAsync("aov", "1", CancellationToken.None);
        Assert.Null(missing);
        Assert.Equal((VersionFailureKind.NotFound, "unknown_version"), (failure!.Kind, failure.Code));
        Assert.Equal(["2"], failure.Suggestions);
    }

    [Fact]
    public async Task An_unknown_metric_comes_back_with_the_nearest_ids()
    {
        var (versions, _) = await SeededAsync();
        var (list, failure) = await versions.ListAsync("gmvv", CancellationToken.None);
        Assert.Null(list);
        Assert.Equal(VersionFailureKind.NotFound, failure!.Kind);
        Assert.Contains("gmv", failure.Suggestions);
        Assert.Contains("Did you mean", failure.Message);
    }

    [Fact]
    public async Task A_version_in_full_is_the_definition_of_that_text_in_todays_catalog()
    {
        var (versions, catalog) = await SeededAsync();
        var (v1, failure) = await versions.DefinitionAsync("gmv", "v1", CancellationToken.None);
        Assert.Null(failure);
        Assert.Equal((1, "superseded"), (v1!.Summary.Version, v1.Summary.Status));
        Assert.Equal("simple", v1.Calculation.Type);
        Assert.Equal("order_amount of orders by order_time where status In completed", v1.Calculation.Text);
        Assert.Equal(["finance-sensitive"], v1.Summary.Tags);
        Assert.Single(v1.Changelog);
        // The current version is exactly what GET /api/metrics/{id} shows.
        var (v3, _) = await versions.DefinitionAsync("gmv", "3", CancellationToken.None);
        Assert.Equivalent(CatalogViews.Detail(catalog, catalog.Metrics["gmv"]), v3, strict: true);
    }

    [Theory]
    [InlineData("9", VersionFailureKind.NotFound, "unknown_version")]
    [InlineData("0", VersionFailureKind.NotFound, "unknown_version")]
    [InlineData("abc", VersionFailureKind.Invalid, "invalid_version")]
    [InlineData("-1", VersionFailureKind.Invalid, "invalid_version")]
    public async Task A_version_that_does_not_exist_or_is_no_number_is_refused_with_the_versions_that_exist(string version, VersionFailureKind kind, string code)
    {
        var (versions, _) = await SeededAsync();
        var (detail, failure) = await versions.DefinitionAsync("gmv", version, CancellationToken.None);
        Assert.Null(detail);
        Assert.Equal((kind, code), (failure!.Kind, failure.Code));
        Assert.Equal(["1", "2", "3"], failure.Suggestions);
    }

    [Fact]
    public async Task A_diff_shows_the_fields_that_changed_and_the_reference_query_compiled_under_each_version()
    {
        var (versions, catalog) = await SeededAsync();
        var (diff, failure) = await versions.DiffAsync("gmv", "2", "3", "2025-07-15T10:00:00", CancellationToken.None);
        Assert.Null(failure);
        Assert.Equal(("gmv", 2, 3, true), (diff!.MetricId, diff.From, diff.To, diff.ChangesComputation));
        var paths = diff.Fields.Select(f => f.Path).ToArray();
        Assert.Contains("version", paths);
        Assert.Contains("filters[1].column", paths);
        Assert.DoesNotContain("measure", paths);
        Assert.Equal("status", diff.Fields.Single(f => f.Path == "filters[1].column").From);
        Assert.Null(diff.Fields.Single(f => f.Path == "filters[1].column").To);

        Assert.Equal("2025-06-01", diff.Reference.Query.TimeRange!.Start);
        Assert.Equal(("last_month", "duckdb"), (diff.Reference.Window, diff.Reference.Dialect));
        Assert.Contains("默认时间窗口", diff.Reference.Description.Zh);
        var reference = new SemanticQuery(["gmv"], [], [], new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)));
        Assert.Equal(new MetricCompiler(catalog).Compile(reference, DuckDbDialect.Instance).Query!.Sql, diff.Sql.To);
        Assert.NotEqual(diff.Sql.From, diff.Sql.To);
        Assert.Contains("status", diff.Sql.From!);
    }

    [Fact]
    public async Task A_diff_across_a_measure_change_names_it_and_a_same_version_diff_is_empty()
    {
        var (versions, _) = await SeededAsync();
        var (diff, _) = await versions.DiffAsync("gmv", "1", "3", "2025-07-15", CancellationToken.None);
        Assert.Contains(diff!.Fields, f => f.Path == "measure" && (string?)f.From == "order_amount" && (string?)f.To == "pay_amount");
        Assert.Contains(diff.Fields, f => f.Path == "time_dimension");
        Assert.Contains("order_time", diff.Sql.From!);
        Assert.DoesNotContain("order_time", diff.Sql.To);

        var (same, _) = await versions.DiffAsync("gmv", "3", "3", "2025-07-15", CancellationToken.None);
        Assert.Empty(same!.Fields);
        Assert.False(same.ChangesComputation);
        Assert.Equal(same.Sql.From, same.Sql.To);
    }

    [Theory]
    [InlineData(null, "3", VersionFailureKind.Invalid)]
    [InlineData("two", "3", VersionFailureKind.Invalid)]
    [InlineData("2", "", VersionFailureKind.Invalid)]
    [InlineData("2", "7", VersionFailureKind.NotFound)]
    public async Task A_diff_with_a_missing_bad_or_unknown_side_is_refused(string? from, string? to, VersionFailureKind kind)
    {
        var (versions, _) = await SeededAsync();
        var (diff, failure) = await versions.DiffAsync("gmv", from, to, null, CancellationToken.None);
        Assert.Null(diff);
        Assert.Equal(kind, failure!.Kind);
        Assert.Equal(["1", "2", "3"], failure.Suggestions);
    }
}
