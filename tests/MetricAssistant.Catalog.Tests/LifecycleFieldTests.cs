using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The lifecycle's catalog fields: a sunset date on a deprecated metric, the retired status, and the policy's approvals_required.</summary>
public sealed class LifecycleFieldTests
{
    private const string Variant = "catalog/metrics/gmv_variant.yaml";

    private static string VariantOfGmv(string status) => MiniCatalog.Gmv
        .Replace("metric: gmv", "metric: gmv_variant").Replace("name: { zh: 支付GMV, en: GMV (paid) }", "name: { zh: 变体GMV, en: Variant GMV }")
        .Replace("synonyms: [GMV, 成交额]", "synonyms: [变体]").Replace("official: true", "official: false").Replace("status: published", status);

    [Fact]
    public void A_deprecated_metric_carries_its_sunset_and_a_retired_one_loads_but_is_not_published()
    {
        var result = new MiniCatalog().Set(Variant, VariantOfGmv("status: deprecated\nreplaced_by: gmv\nsunset: 2026-06-30")).Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(new DateOnly(2026, 6, 30), result.Catalog!.FindMetric("gmv_variant")!.Sunset);

        var retired = new MiniCatalog().Set(Variant, VariantOfGmv("status: retired\nreplaced_by: gmv")).Load();
        Assert.True(retired.Succeeded, string.Join("\n", retired.Problems));
        var metric = retired.Catalog!.FindMetric("gmv_variant")!;
        Assert.Equal(MetricStatus.Retired, metric.Status);
        Assert.False(metric.IsPublished);
    }

    [Theory]
    [InlineData("status: deprecated\nreplaced_by: gmv\nsunset: 2026-13-01", "must be a date")]
    [InlineData("status: published\nsunset: 2026-06-30", "only for a deprecated or retired metric")]
    public void A_bad_sunset_is_reported(string status, string message)
    {
        var problem = ProblemAssert.Single(new MiniCatalog().Set(Variant, VariantOfGmv(status)).Load(), CatalogProblemCodes.InvalidField);
        Assert.Contains(message, problem.Message);
        Assert.Equal(Variant, problem.File);
    }

    [Fact]
    public void The_policy_says_how_many_approvals_a_publish_needs()
    {
        var catalog = new MiniCatalog().Set("catalog/access/policy.yaml", "approvals_required: 2\nroles:\n  - { id: r }\n").Load();
        Assert.Equal(2, catalog.Catalog!.Access.ApprovalsRequired);
        Assert.Equal(1, new MiniCatalog().Set("catalog/access/policy.yaml", "roles:\n  - { id: r }\n").Load().Catalog!.Access.ApprovalsRequired);
        var problem = ProblemAssert.Single(new MiniCatalog().Set("catalog/access/policy.yaml", "approvals_required: 0\nroles:\n  - { id: r }\n").Load(), CatalogProblemCodes.InvalidField);
        Assert.Contains("approvals_required", problem.Message);
    }
}
