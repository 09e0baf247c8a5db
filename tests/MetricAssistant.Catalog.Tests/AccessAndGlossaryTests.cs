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
    public void Glossary_terms_load_and_unknown_metrics_in_them_are_reported()
    {
        var ok = Catalog("catalog/glossary/terms.yaml", "ambiguous_terms:\n  - { terms: [订单金额], metrics: [gmv, paid_order_count] }\nnot_in_catalog:\n  - { terms: [库存] }\n").Load();
        Assert.True(ok.Succeeded, string.Join("\n", ok.Problems));
        Assert.Equal(["gmv", "paid_order_count"], ok.Catalog!.AmbiguousTerms.Single().Metrics);
        Assert.Equal(["库存"], ok.Catalog.UnsupportedTerms.Single().Terms);
        var bad = Catalog("catalog/glossary/terms.yaml", "ambiguous_terms:\n  - { terms: [x], metrics: [gmv, gvm] }\n").Load();
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
