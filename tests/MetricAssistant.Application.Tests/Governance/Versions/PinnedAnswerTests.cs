using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Tests.Asking;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.Time.Testing;

namespace MetricAssistant.Application.Tests.Governance.Versions;

/// <summary>
/// Pinned versions through the query and ask services: the pinned definition is compiled, the answer cites the
/// version used and warns that it is not the current one, unknown versions are refused with those that exist, and a
/// pin never widens what the caller may see.
/// </summary>
public sealed class PinnedAnswerTests
{
    private static async Task<AskHarness> HarnessAsync()
    {
        var store = await CatalogStoreSeeding.WithGmvHistoryAsync(new FakeTimeProvider());
        return new AskHarness(await CatalogStoreSeeding.CurrentCatalogAsync(store), versions: store);
    }

    private static QueryRequest Query(IReadOnlyDictionary<string, int>? versions, string user = "ceo", string metric = "gmv", string? language = null) =>
        new(new QueryDto([metric], ["region"], TimeRange: new TimeRangeDto("2025-06-01", "2025-07-01"), Versions: versions), user, AskHarness.Now, language);

    [Fact]
    public async Task A_structured_pin_compiles_that_version_and_says_it_is_not_current()
    {
        var harness = await HarnessAsync();
        var current = await harness.Queries.RunAsync(Query(null), CancellationToken.None);
        var pinned = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 2 }), CancellationToken.None);

        Assert.Equal(AnswerStatus.Answered, pinned.Status);
        Assert.Equal((2, 3), (pinned.Metric!.Version, pinned.Metric.CurrentVersion));
        Assert.Equal((3, null), (current.Metric!.Version, current.Metric.CurrentVersion));
        Assert.Equal(["Computed with version 2 of GMV (paid); the current version is 3."], pinned.Warnings);
        Assert.Empty(current.Warnings);
        Assert.NotEqual(current.Sql, pinned.Sql);
        Assert.Contains("status", harness.Warehouse.Ran[^1].Sql);
        Assert.Equal("Amount paid on paid orders, counted at payment time, less cancelled and refunded orders.", pinned.Definition);
        // The answer's query carries the pin, so posting it again gives the same answer.
        Assert.Equal(new Dictionary<string, int> { ["gmv"] = 2 }, pinned.Query!.Versions);
        Assert.Null(current.Query!.Versions);
    }

    [Fact]
    public async Task A_pin_to_the_current_version_is_answered_as_if_there_were_none()
    {
        var harness = await HarnessAsync();
        var current = await harness.Queries.RunAsync(Query(null), CancellationToken.None);
        var pinned = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 3 }), CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, pinned.Status);
        Assert.Equal((3, null), (pinned.Metric!.Version, pinned.Metric.CurrentVersion));
        Assert.Empty(pinned.Warnings);
        Assert.Equal(current.Sql, pinned.Sql);
    }

    [Fact]
    public async Task A_pin_to_a_version_that_does_not_exist_is_refused_with_the_versions_that_do()
    {
        var harness = await HarnessAsync();
        var answer = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 7 }), CancellationToken.None);
        Assert.Equal(AnswerStatus.Invalid, answer.Status);
        Assert.Equal("unknown_version", answer.Error!.Code);
        Assert.Equal(["1", "2", "3"], answer.Error.Suggestions);
        Assert.Equal("GMV (paid) (gmv) has no version 7; its versions are 1, 2, 3 (current: 3).", answer.Error.Message);
        Assert.Empty(harness.Warehouse.Ran);

        var zh = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 7 }, language: "zh"), CancellationToken.None);
        Assert.Equal("“支付GMV”（gmv）没有v7；现有版本：v1、v2、v3（当前为v3）。", zh.Error!.Message);
    }

    [Fact]
    public async Task Without_history_only_the_current_version_can_be_pinned()
    {
        var harness = new AskHarness(TestRepository.Catalog);
        var answer = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 2 }), CancellationToken.None);
        Assert.Equal("unknown_version", answer.Error!.Code);
        Assert.Equal(["3"], answer.Error.Suggestions);
        Assert.Equal(AnswerStatus.Answered, (await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 3 }), CancellationToken.None)).Status);
    }

    [Theory]
    [InlineData("gmvv", 2, "unknown_metric")]
    [InlineData("order_count", 1, "pin_unused")]
    [InlineData("gmv", 0, "invalid_version")]
    public async Task A_pin_on_an_unknown_or_unused_metric_or_no_version_is_refused(string metric, int version, string code)
    {
        var harness = await HarnessAsync();
        var answer = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { [metric] = version }), CancellationToken.None);
        Assert.Equal((AnswerStatus.Invalid, code), (answer.Status, answer.Error!.Code));
        Assert.Empty(harness.Warehouse.Ran);
    }

    [Fact]
    public async Task Pinning_a_metric_another_is_built_from_changes_that_ones_sql_and_says_so()
    {
        var harness = await HarnessAsync();
        var current = await harness.Queries.RunAsync(Query(null, metric: "aov"), CancellationToken.None);
        var pinned = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 1 }, metric: "aov"), CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, pinned.Status);
        Assert.Equal(("aov", 2, null), (pinned.Metric!.Id, pinned.Metric.Version, pinned.Metric.CurrentVersion));
        Assert.Equal(["Computed with version 1 of GMV (paid); the current version is 3."], pinned.Warnings);
        Assert.NotEqual(current.Sql, pinned.Sql);
        Assert.Contains("order_amount", pinned.Sql);
    }

    [Fact]
    public async Task A_pin_never_widens_access()
    {
        var harness = await HarnessAsync();
        // v1 of GMV was finance-sensitive: a regional manager who may see today's GMV may not see v1.
        var current = await harness.Queries.RunAsync(Query(null, "east_wang"), CancellationToken.None);
        var v1 = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 1 }, "east_wang"), CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, current.Status);
        Assert.Equal((AnswerStatus.Denied, "metric_denied"), (v1.Status, v1.Error!.Code));
        Assert.Null(v1.Sql);
        // v2 was not: answered, within the manager's rows.
        var v2 = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 2 }, "east_wang"), CancellationToken.None);
        Assert.Equal(AnswerStatus.Answered, v2.Status);
        Assert.Equal("region", Assert.Single(v2.Scope).Dimension);
        // A metric the caller may not see today stays refused whatever version is pinned.
        var guest = await harness.Queries.RunAsync(Query(new Dictionary<string, int> { ["gmv"] = 2 }, "guest"), CancellationToken.None);
        Assert.Equal(AnswerStatus.Denied, guest.Status);
    }

    [Theory]
    [InlineData("按v2口径，2025年6月的GMV", 2, "“支付GMV”按v2口径计算（当前为v3）。")]
    [InlineData("v1口径的GMV 2025年6月", 1, "“支付GMV”按v1口径计算（当前为v3）。")]
    [InlineData("GMV (version 2) in June 2025", 2, "Computed with version 2 of GMV (paid); the current version is 3.")]
    [InlineData("the v1 definition of GMV in June 2025", 1, "Computed with version 1 of GMV (paid); the current version is 3.")]
    public async Task A_question_with_a_pin_is_answered_with_that_version(string question, int version, string warning)
    {
        var harness = await HarnessAsync();
        var answer = await harness.AskAsync(question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(("gmv", version, 3), (answer.Metric!.Id, answer.Metric.Version, answer.Metric.CurrentVersion));
        Assert.Equal([warning], answer.Warnings);
        Assert.Equal(new TimeRangeDto("2025-06-01", "2025-07-01"), answer.Query!.TimeRange);
        Assert.Equal(version, answer.Query.Versions!["gmv"]);
    }

    [Fact]
    public async Task A_question_pinned_to_a_version_that_does_not_exist_gets_a_clear_refusal()
    {
        var harness = await HarnessAsync();
        var answer = await harness.AskAsync("按v9口径上个月的GMV");
        Assert.Equal((AnswerStatus.Invalid, "unknown_version"), (answer.Status, answer.Error!.Code));
        Assert.Equal("“支付GMV”（gmv）没有v9；现有版本：v1、v2、v3（当前为v3）。", answer.Message);
        Assert.Empty(harness.Warehouse.Ran);
    }

    [Fact]
    public async Task A_question_pinned_to_the_current_version_reads_as_the_plain_question()
    {
        var harness = await HarnessAsync();
        var plain = await harness.AskAsync("2025年6月的GMV");
        var pinned = await harness.AskAsync("按v3口径2025年6月的GMV");
        Assert.Equal((plain.Status, plain.Sql, plain.Message, plain.Metric), (pinned.Status, pinned.Sql, pinned.Message, pinned.Metric));
        Assert.Empty(pinned.Warnings);
    }

    [Fact]
    public async Task A_pinned_question_is_refused_when_the_pinned_definition_is_closed_to_the_asker()
    {
        var harness = await HarnessAsync();
        var answer = await harness.AskAsync("按v1口径上个月的GMV", "east_wang");
        Assert.Equal(AnswerStatus.Denied, answer.Status);
        Assert.Empty(harness.Warehouse.Ran);
    }

    [Fact]
    public async Task A_follow_up_keeps_answering_with_the_pinned_version()
    {
        var harness = await HarnessAsync();
        var first = await harness.AskAsync("按v2口径2025年6月华东的GMV", conversation: "pinned");
        var next = await harness.AskAsync("那华南呢", conversation: "pinned");
        Assert.Equal((2, 2), (first.Metric!.Version, next.Metric!.Version));
        Assert.NotNull(next.FollowUpOf);
        Assert.Equal(first.Warnings, next.Warnings);
    }
}
