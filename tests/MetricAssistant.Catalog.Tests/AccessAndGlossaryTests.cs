using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

public sealed class AccessAndGlossaryTests
{
    private static MiniCatalog Catalog(string path, string yaml) =>
        new MiniCatalog().Set(path, yaml);

    [Fact]
    public void Roles_and_users_load_with_their_rules_and_attributes()
    {
        var result = Catalog("catalog/access/policy.yaml", """
            roles:
              - { id: manager, metrics: { all: true, deny_metrics: [gmv] }, row_rules: [ { dimension: region, attribute: regions } ] }
            users:
              - { id: wang, roles: [manager], attributes: { regions: [east, south] } }
            """).Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var access = result.Catalog!.Access;
        Assert.Equal("region", access.FindRole("manager")!.RowRules.Single().Dimension);
        Assert.Equal(["east", "south"], access.FindUser("wang")!.Attributes["regions"]);
    }

    [Theory]
    [InlineData("users:\n  - { id: x, roles: [nope] }\n", CatalogProblemCodes.UnknownField)]
    [InlineData("roles:\n  - { id: r, metrics: { metrics: [gvm] } }\n", CatalogProblemCodes.UnknownMetric)]
    [InlineData("roles:\n  - { id: r, row_rules: [ { dimension: regoin, values: [east] } ] }\n", CatalogProblemCodes.UnknownDimension)]
    [InlineData("roles:\n  - { id: r, row_rules: [ { dimension: region } ] }\n", CatalogProblemCodes.InvalidField)]
    [InlineData("roles:\n  - { id: r }\n  - { id: r }\n", CatalogProblemCodes.DuplicateId)]
    public void Broken_policies_are_reported_with_file_and_line(string yaml, string code)
    {
        var problem = ProblemAssert.Single(Catalog("catalog/access/policy.yaml", yaml).Load(), code);
        Assert.Equal("catalog/access/policy.yaml", problem.File);
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void A_role_reviews_the_metrics_of_the_owners_it_names_with_the_review_right()
    {
        var result = Catalog("catalog/access/policy.yaml", """
            roles:
              - { id: finance, metrics: { all: true }, governance: [propose, review], owners: [Finance] }
              - { id: finance_zh, metrics: { all: true }, governance: [review], owners: [财务部] }
              - { id: exec, metrics: { all: true }, governance: [review], owners: ["*"] }
              - { id: proposer, metrics: { all: true }, governance: [propose], owners: [Finance] }
              - { id: no_owners, metrics: { all: true }, governance: [review] }
            """).Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var gmv = result.Catalog!.FindMetric("gmv")!;
        var access = result.Catalog.Access;
        Assert.Equal([true, true, true, false, false], new[] { "finance", "finance_zh", "exec", "proposer", "no_owners" }.Select(r => access.FindRole(r)!.Reviews(gmv)));
    }

    [Fact]
    public void An_owner_that_owns_no_metric_is_reported_with_a_suggestion()
    {
        var bad = Catalog("catalog/access/policy.yaml", "roles:\n  - { id: r, governance: [review], owners: [Finanse] }\n").Load();
        Assert.Contains("did you mean 'Finance'", ProblemAssert.Single(bad, CatalogProblemCodes.InvalidField).ToString());
    }

    [Fact]
    public void Glossary_terms_load_and_unknown_metrics_in_them_are_reported()
    {
        var ok = Catalog("catalog/glossary/terms.yaml", "ambiguous_terms:\n  - { terms: [订单金额], metrics: [gmv, paid_order_count] }\nnot_in_catalog:\n  - { terms: [库存] }\n").Load();
        Assert.True(ok.Succeeded, string.Join("\n", ok.Problems));
        Assert.Equal(["gmv", "paid_order_count"], ok.Catalog!.AmbiguousTerms.Single().Metrics);
        Assert.Equal(["库存"], ok.Catalog.UnsupportedTerms.Single().Terms);
        var bad = Catalog("catalog/glossary/terms.yaml", "ambiguous_terms:\n  - { terms: [x], metrics: [gmv, gvm] }\n").Load();
        Assert.Contains("did you mean 'gmv'", ProblemAssert.Single(bad, CatalogProblemCodes.UnknownMetric).ToString());
    }

    [Fact]
    public void A_not_in_catalog_entry_names_existing_metrics_as_nearest()
    {
        var ok = Catalog("catalog/glossary/terms.yaml", "not_in_catalog:\n  - { terms: [pv, page views], nearest: [gmv] }\n").Load();
        Assert.True(ok.Succeeded, string.Join("\n", ok.Problems));
        Assert.Equal(["gmv"], ok.Catalog!.UnsupportedTerms.Single().Nearest);
        var bad = Catalog("catalog/glossary/terms.yaml", "not_in_catalog:\n  - { terms: [pv], nearest: [gvm] }\n").Load();
        Assert.Contains("did you mean 'gmv'", ProblemAssert.Single(bad, CatalogProblemCodes.UnknownMetric).ToString());
    }

    [Theory]
    [InlineData("成交额")]
    [InlineData("支付订单数")]
    [InlineData("Paid orders")]
    public void A_glossary_word_may_not_be_a_metric_s_own_name_or_synonym(string word)
    {
        var bad = Catalog("catalog/glossary/terms.yaml", $"ambiguous_terms:\n  - {{ terms: [{word}], metrics: [gmv, paid_order_count] }}\n").Load();
        Assert.Contains(word, ProblemAssert.Single(bad, CatalogProblemCodes.AmbiguousOwnName).ToString());
    }
}
