using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The catalog fields of definition visibility: a metric's definitions_public and the policy's public_definition_tags.</summary>
public sealed class DefinitionVisibilityFieldTests
{
    private const string Policy = "catalog/access/policy.yaml";

    [Fact]
    public void A_metric_may_publish_its_definition()
    {
        var result = new MiniCatalog().Set("catalog/metrics/gmv.yaml", MiniCatalog.Gmv.TrimEnd() + "\ndefinitions_public: true\n").Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(result.Catalog!.FindMetric("gmv")!.DefinitionsPublic);
        Assert.False(new MiniCatalog().Load().Catalog!.FindMetric("gmv")!.DefinitionsPublic);
        var problem = ProblemAssert.Single(new MiniCatalog().Set("catalog/metrics/gmv.yaml", MiniCatalog.Gmv.TrimEnd() + "\ndefinitions_public: sometimes\n").Load(), CatalogProblemCodes.InvalidField);
        Assert.Contains("definitions_public", problem.Message);
    }

    [Fact]
    public void The_policy_lists_tags_whose_definitions_are_public_and_an_unknown_tag_is_reported_at_its_line()
    {
        var tagged = MiniCatalog.Gmv.TrimEnd() + "\ntags: [kpi]\n";
        var result = new MiniCatalog().Set("catalog/metrics/gmv.yaml", tagged).Set(Policy, "roles:\n  - { id: r }\npublic_definition_tags: [kpi]\n").Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["kpi"], result.Catalog!.Access.PublicDefinitionTags.Select(t => t.Tag));

        var problem = ProblemAssert.Single(new MiniCatalog().Set("catalog/metrics/gmv.yaml", tagged)
            .Set(Policy, "roles:\n  - { id: r }\npublic_definition_tags: [kpj]\n").Load(), CatalogProblemCodes.InvalidField);
        Assert.Contains("kpj", problem.Message);
        Assert.Contains("kpi", problem.Suggestion);
        Assert.Equal(Policy, problem.File);
        Assert.Equal(3, problem.Line);
    }
}
