using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Governance.Proposals;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Tests.Governance;

/// <summary>
/// What a proposal publishes: a partial change merged over the base text (the rest kept line for line), the version
/// moved with a changelog entry only when what the metric computes changes, validation with did-you-mean, a
/// deprecation with its successor and sunset, a retirement, and a new metric.
/// </summary>
public sealed class ProposedDocumentTests
{
    private readonly LifecycleHarness h = new();

    [Fact]
    public async Task A_synonym_change_keeps_the_version_and_every_other_line()
    {
        var before = await h.CurrentTextAsync("catalog/metrics/order_count.yaml");
        var id = await h.ProposedAsync("ecom_zhao", "change", "order_count", new { synonyms = new[] { "订单", "成交单数" } });
        var result = await h.ApprovedAndPublishedAsync(id);
        Assert.Equal((1, false), (result.Version, result.BumpedVersion));

        var after = await h.CurrentTextAsync("catalog/metrics/order_count.yaml");
        var changed = before.Split('\n').Zip(after.Split('\n')).Where(p => p.First != p.Second).ToList();
        var line = Assert.Single(changed);
        Assert.Equal("synonyms: [订单, 成交单数]", line.Second);
        Assert.Equal(before.Split('\n').Length, after.Split('\n').Length);
        Assert.Equal(["订单", "成交单数"], h.Catalog.Current.FindMetric("order_count")!.Synonyms);
    }

    [Fact]
    public async Task A_computing_change_bumps_the_version_and_adds_a_changelog_entry_from_the_reason()
    {
        var (created, failure) = await h.ProposeAsync("fin_li", "change", "gmv",
            new { filters = new object[] { new { column = "paid_time", op = "is_not_null" }, new { column = "status", op = "not_in", values = new[] { "cancelled" } } } },
            reason: "取消订单不再计入GMV");
        Assert.Null(failure);
        Assert.True(created!.BumpsVersion);
        Assert.Equal(4, created.ProposedVersion);

        h.Time.Advance(TimeSpan.FromDays(3));
        var result = await h.ApprovedAndPublishedAsync(created.Id, publisher: "fin_li");
        Assert.Equal((4, true), (result.Version, result.BumpedVersion));
        var gmv = h.Catalog.Current.FindMetric("gmv")!;
        Assert.Equal(4, gmv.Version);
        var entry = gmv.Changelog[^1];
        Assert.Equal((4, new DateOnly(2026, 3, 5), "fin_li", "取消订单不再计入GMV"), (entry.Version, entry.Date, entry.Author, entry.Summary.Zh));
        var text = await h.CurrentTextAsync("catalog/metrics/gmv.yaml");
        Assert.StartsWith("# The company standard GMV", text);
        Assert.Contains("version: 4\n", text);
        Assert.Contains("- { version: 3, date: 2024-01-01", text);
    }

    [Fact]
    public async Task The_version_may_not_move_without_a_computing_change_nor_jump()
    {
        var (_, stays) = await h.ProposeAsync("fin_li", "change", "gmv", new { version = 4, synonyms = new[] { "GMV" } });
        Assert.Equal(GovernanceFailureKind.Invalid, stays!.Kind);
        Assert.Contains("version stays 3", stays.Message);

        var (_, jumps) = await h.ProposeAsync("fin_li", "change", "gmv", new { version = 6, unit = "CNY_k" });
        Assert.Equal(GovernanceFailureKind.Invalid, jumps!.Kind);
        Assert.Equal(["4"], jumps.Suggestions);

        var (_, statusChange) = await h.ProposeAsync("fin_li", "change", "gmv", new { status = "deprecated" });
        Assert.Contains("deprecate", statusChange!.Message);
        var (sentBack, sentBackFailure) = await h.ProposeAsync("fin_li", "change", "gmv", new { metric = "gmv", status = "published", version = 3, synonyms = new[] { "GMV" } });
        Assert.Null(sentBackFailure);
        Assert.False(sentBack!.BumpsVersion);
        var (readVersion, readFailure) = await h.ProposeAsync("fin_li", "change", "gmv", new { version = 3, unit = "CNY_k" });
        Assert.Null(readFailure);
        Assert.Equal(4, readVersion!.ProposedVersion);

        var (same, failure) = await h.ProposeAsync("fin_li", "change", "gmv", new { version = 4, unit = "CNY_k" });
        Assert.Null(failure);
        Assert.True(same!.BumpsVersion);
    }

    [Fact]
    public async Task An_invalid_definition_names_the_file_the_field_and_what_was_meant()
    {
        var (_, failure) = await h.ProposeAsync("fin_li", "change", "gmv", new { measure = "pay_amout" });
        Assert.Equal(GovernanceFailureKind.Invalid, failure!.Kind);
        Assert.Equal("invalid", failure.Code);
        var problem = Assert.Single(failure.Problems);
        Assert.Equal(("catalog/metrics/gmv.yaml", "measure"), (problem.File, problem.Field));
        Assert.Contains("pay_amount", failure.Suggestions!);

        var (_, field) = await h.ProposeAsync("fin_li", "change", "gmv", new { typicalQuestion = new[] { "x" } });
        Assert.Contains("typical_questions", field!.Suggestions!);

        var (_, kind) = await h.ProposeAsync("fin_li", "chnage", "gmv", new { unit = "x" });
        Assert.Equal(["change"], kind!.Suggestions);

        var (_, unknown) = await h.ProposeAsync("fin_li", "change", "gvm", new { unit = "x" });
        Assert.Equal(GovernanceFailureKind.NotFound, unknown!.Kind);
        Assert.Contains("gmv", unknown.Suggestions!);
    }

    [Fact]
    public async Task A_deprecation_sets_the_successor_and_sunset_and_a_retirement_follows()
    {
        var id = await h.ProposedAsync("ecom_zhao", "deprecate", "gmv_ordered", new { replacedBy = "gmv", sunset = "2026-06-30" });
        var result = await h.ApprovedAndPublishedAsync(id);
        Assert.Equal(2, result.Version);
        var metric = h.Catalog.Current.FindMetric("gmv_ordered")!;
        Assert.Equal((MetricStatus.Deprecated, "gmv", new DateOnly(2026, 6, 30)), (metric.Status, metric.ReplacedBy, metric.Sunset));
        Assert.Equal("2026-06-30", CatalogViews.Detail(h.Catalog.Current, metric).Sunset);

        var (_, badDate) = await h.ProposeAsync("ecom_zhao", "deprecate", "order_count", new { replacedBy = "paid_order_count", sunset = "2026-13-01" });
        Assert.Contains("sunset", badDate!.Message);
        var (_, badSuccessor) = await h.ProposeAsync("ecom_zhao", "deprecate", "order_count", new { replacedBy = "paid_ordr_count" });
        Assert.Contains("paid_order_count", badSuccessor!.Suggestions!);

        var retire = await h.ProposedAsync("ecom_zhao", "retire", "gmv_ordered", null);
        await h.ApprovedAndPublishedAsync(retire);
        Assert.Equal(MetricStatus.Retired, h.Catalog.Current.FindMetric("gmv_ordered")!.Status);
        var (_, notDeprecated) = await h.ProposeAsync("ecom_zhao", "retire", "order_count", null);
        Assert.Contains("deprecate it first", notDeprecated!.Message);
    }

    [Fact]
    public async Task A_new_metric_is_published_at_version_1_and_an_existing_id_is_refused()
    {
        var definition = new
        {
            name = new { zh = "大额支付金额", en = "Large payments" },
            description = new { zh = "单笔实付金额不低于1000元的订单实付金额之和", en = "Amount paid on orders paying 1000 or more" },
            synonyms = new[] { "大额支付" },
            domain = "sales",
            owner = new { zh = "财务部", en = "Finance" },
            unit = "CNY",
            format = "currency",
            defaultWindow = "last_month",
            type = "simple",
            model = "orders",
            measure = "pay_amount",
            timeDimension = "paid_time",
            filters = new object[] { new { column = "paid_time", op = "is_not_null" } },
        };
        var (_, ecommerce) = await h.ProposeAsync("ecom_zhao", "create", "large_payments", definition);
        Assert.Equal(GovernanceFailureKind.Forbidden, ecommerce!.Kind);
        var (_, exists) = await h.ProposeAsync("fin_li", "create", "gmv", definition);
        Assert.Equal(GovernanceFailureKind.Conflict, exists!.Kind);

        var (created, failure) = await h.ProposeAsync("fin_li", "create", "large_payments", definition, "大额订单单独看");
        Assert.Null(failure);
        Assert.Null(created!.BaseVersion);
        var result = await h.ApprovedAndPublishedAsync(created.Id);
        Assert.Equal(1, result.Version);
        var metric = h.Catalog.Current.FindMetric("large_payments")!;
        Assert.Equal((MetricStatus.Published, 1, "大额支付"), (metric.Status, metric.Version, metric.Synonyms[0]));
        Assert.Equal("大额订单单独看", Assert.Single(metric.Changelog).Summary.Zh);
    }

    [Fact]
    public async Task A_retired_metric_is_never_answered()
    {
        await h.ApprovedAndPublishedAsync(await h.ProposedAsync("ecom_zhao", "deprecate", "gmv_ordered", new { replacedBy = "gmv", sunset = "2026-06-30" }));
        await h.ApprovedAndPublishedAsync(await h.ProposedAsync("ecom_zhao", "retire", "gmv_ordered", null));
        var ask = new MetricAssistant.Application.Tests.Asking.AskHarness(h.Catalog.Current);
        var answer = await ask.AskAsync("上个月的下单GMV");
        Assert.NotEqual("gmv_ordered", answer.Metric?.Id);
        var before = await new MetricAssistant.Application.Tests.Asking.AskHarness(MetricAssistant.Tests.Shared.TestRepository.Catalog).AskAsync("上个月的下单GMV");
        Assert.Equal("gmv_ordered", before.Metric?.Id);
        Assert.Equal("not_found", answer.Status);
        Assert.StartsWith("“下单GMV”已退役，不再回答。请改用“支付GMV”。", answer.Message);
    }
}
