using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Security;

/// <summary>The one rule of who reads which definitions, on the repository's catalog and on <see cref="VisibilityCatalog"/>.</summary>
public sealed class DefinitionVisibilityTests
{
    private static Caller Demo(SemanticCatalog catalog, string user) => new AccessEvaluator(catalog).DemoCaller(user)!;

    private static string[] Visible(SemanticCatalog catalog, string user) =>
        [.. new DefinitionVisibility(catalog).Visible(Demo(catalog, user)).Select(m => m.Id).Order(StringComparer.Ordinal)];

    [Fact]
    public void Guest_reads_only_the_public_metrics_and_no_finance_sensitive_one()
    {
        var catalog = TestRepository.Catalog;
        Assert.Equal(["new_customers", "order_count", "visitors"], Visible(catalog, "guest"));
        Assert.DoesNotContain("gross_margin", Visible(catalog, "east_wang"));
        Assert.Contains("aov", Visible(catalog, "east_wang"));
        Assert.Equal(catalog.Metrics.Keys.Order(StringComparer.Ordinal), Visible(catalog, "fin_li"));
        Assert.Equal(catalog.Metrics.Keys.Order(StringComparer.Ordinal), Visible(catalog, "ceo"));
    }

    [Fact]
    public void The_rule_matches_what_the_caller_may_ask_on_a_catalog_without_public_definitions()
    {
        // Same rule as the access evaluator (values) while nothing is published and everything is published or deprecated.
        var catalog = TestRepository.Catalog;
        var access = new AccessEvaluator(catalog);
        var visibility = new DefinitionVisibility(catalog);
        foreach (var user in catalog.Access.Users)
        {
            var caller = Demo(catalog, user.Id);
            foreach (var id in catalog.Metrics.Keys)
                Assert.Equal(access.CanSee(caller, id), visibility.CanSee(caller, id));
        }
    }

    [Fact]
    public void A_draft_is_read_only_by_callers_with_a_governance_right()
    {
        var catalog = VisibilityCatalog.Catalog();
        Assert.Equal(MetricStatus.Draft, catalog.Metrics["new_customers"].Status);
        Assert.DoesNotContain("new_customers", Visible(catalog, "guest"));
        Assert.Contains("new_customers", Visible(catalog, "east_wang"));   // propose
        Assert.Contains("new_customers", Visible(catalog, "ceo"));         // review, publish
        Assert.Contains("new_customers", Visible(catalog, "fin_li"));
    }

    [Fact]
    public void A_published_definition_is_read_by_everyone_while_its_value_stays_denied()
    {
        var catalog = VisibilityCatalog.Catalog();
        var visibility = new DefinitionVisibility(catalog);
        var guest = Demo(catalog, "guest");
        Assert.True(visibility.IsPublic(catalog.Metrics["gross_margin"]));   // definitions_public: true
        Assert.True(visibility.IsPublic(catalog.Metrics["gmv"]));            // tag public-finance-kpi in public_definition_tags
        Assert.False(visibility.IsPublic(catalog.Metrics["gross_profit"]));
        Assert.Equal(["gmv", "gross_margin", "order_count", "visitors"], Visible(catalog, "guest"));
        Assert.False(visibility.CanSee(guest, "gross_profit"));
        Assert.False(visibility.CanSee(guest, "item_sales"));

        var access = new AccessEvaluator(catalog);
        Assert.False(access.CanSee(guest, "gross_margin"));
        var range = new DateRange(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1));
        var decision = access.Check(guest, new SemanticQuery(["gross_margin"], [], [], range), "en");
        Assert.False(decision.Allowed);
        Assert.Equal("metric_denied", decision.DenialCode);
    }

    [Fact]
    public void An_unknown_metric_is_not_visible()
    {
        var catalog = TestRepository.Catalog;
        Assert.False(new DefinitionVisibility(catalog).CanSee(Demo(catalog, "ceo"), "no_such_metric"));
    }
}
