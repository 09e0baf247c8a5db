using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The policy's audit right: <c>audit: true</c> on a role, off by default, anything but true or false refused.</summary>
public sealed class AuditRightTests
{
    [Fact]
    public void A_role_has_the_audit_right_only_when_the_policy_says_so()
    {
        var catalog = new MiniCatalog().Set("catalog/access/policy.yaml", "roles:\n  - { id: auditor, audit: true }\n  - { id: other }\n").Load();
        Assert.True(catalog.Succeeded, string.Join("\n", catalog.Problems));
        Assert.True(catalog.Catalog!.Access.FindRole("auditor")!.Audit);
        Assert.False(catalog.Catalog.Access.FindRole("other")!.Audit);
    }

    [Fact]
    public void An_audit_value_that_is_not_true_or_false_is_refused()
    {
        var problem = ProblemAssert.Single(new MiniCatalog().Set("catalog/access/policy.yaml", "roles:\n  - { id: r, audit: sometimes }\n").Load(), CatalogProblemCodes.InvalidField);
        Assert.Contains("audit", problem.Message);
    }

    [Fact]
    public void The_demo_policy_gives_the_audit_right_to_exec_and_finance_only()
    {
        var policy = new MetricAssistant.Catalog.Loading.CatalogLoader().Load(RepoPaths.Catalog).Catalog!.Access;
        Assert.Equal(["exec", "finance"], policy.Roles.Where(r => r.Audit).Select(r => r.Id));
    }
}
