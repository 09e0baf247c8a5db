using MetricAssistant.Application.Security;
using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Security;

/// <summary>Roles through directory groups: the union of a caller's own and their groups', with a deny anywhere winning.</summary>
public sealed class RoleResolverTests
{
    private const string ExecGroup = "6d3e0c1a-7b2f-4c59-9a1e-0d5b1e000001";
    private const string EastGroup = "6d3e0c1a-7b2f-4c59-9a1e-0d5b1e000003";
    private const string ViewerGroup = "6d3e0c1a-7b2f-4c59-9a1e-0d5b1e000005";

    private static readonly RoleResolver Roles = new(TestRepository.Catalog.Access);
    private static readonly AccessEvaluator Access = new(TestRepository.Catalog);
    private static readonly DateRange June = new(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1));

    private static Caller Nobody(params string[] roles) => new("u1", roles, new Dictionary<string, IReadOnlyList<string>>(), CallerKind.Authenticated);

    [Fact]
    public void A_caller_gets_the_union_of_their_roles_and_their_groups_roles_and_attributes()
    {
        var caller = Roles.WithGroups(Nobody("viewer"), [EastGroup.ToUpperInvariant(), "not-a-mapped-group"]);
        Assert.Equal(["viewer", "regional_manager"], caller.Roles);
        Assert.Equal(["east"], caller.Attribute("regions"));
        Assert.Equal([EastGroup], caller.Groups); // as the policy spells it; unmapped ids grant nothing and are not kept
        var decision = Access.Check(caller, new SemanticQuery(["gmv"], [], [], June), "en");
        Assert.True(decision.Allowed);
        Assert.Equal("region", decision.Scope.Single().Dimension);
    }

    [Fact]
    public void Unmapped_groups_change_nothing()
    {
        var caller = Nobody("viewer");
        Assert.Same(caller, Roles.WithGroups(caller, ["someone-elses-group"]));
        Assert.Same(caller, Roles.WithGroups(caller, []));
    }

    [Fact]
    public void A_deny_in_any_role_beats_a_grant_in_any_other()
    {
        // exec grants everything; regional_manager (through its group) denies the finance-sensitive tag: deny wins.
        var both = Roles.WithGroups(Nobody(), [ExecGroup, EastGroup]);
        Assert.Equal(["exec", "regional_manager"], both.Roles);
        Assert.False(Access.CanSee(both, "gross_margin"));
        Assert.Equal("metric_denied", Access.Check(both, new SemanticQuery(["gross_margin"], [], [], June), "en").DenialCode);
        // Everything else: the least restricted granting role decides, so exec's unscoped rows.
        var gmv = Access.Check(both, new SemanticQuery(["gmv"], [], [], June), "en");
        Assert.True(gmv.Allowed);
        Assert.Empty(gmv.Scope);
        // Exec alone (through its group) still sees it.
        Assert.True(Access.CanSee(Roles.WithGroups(Nobody(), [ExecGroup]), "gross_margin"));
    }

    [Fact]
    public void A_demo_user_with_only_groups_is_like_the_one_with_the_roles()
    {
        var policy = TestRepository.Catalog.Access;
        var ceo = policy.FindUser("ceo")! with { Roles = [], Groups = [ExecGroup] };
        var guest = policy.FindUser("guest")! with { Roles = [], Groups = [ViewerGroup] };
        var catalog = TestRepository.Catalog with { Access = policy with { Users = [ceo, guest] } };
        var access = new AccessEvaluator(catalog);
        Assert.Equal(Access.VisibleMetrics(Access.DemoCaller("ceo")!), access.VisibleMetrics(access.DemoCaller("ceo")!));
        Assert.Equal(Access.VisibleMetrics(Access.DemoCaller("guest")!), access.VisibleMetrics(access.DemoCaller("guest")!));
        Assert.Equal(["exec"], access.DemoCaller("ceo")!.Roles);
    }

    [Fact]
    public void Governance_and_audit_rights_come_through_groups_too()
    {
        var viaGroup = Roles.WithGroups(Nobody(), [ExecGroup]);
        Assert.Null(new MetricAssistant.Application.Audit.AuditRights(new SwitchableCatalogProvider(TestRepository.Catalog)).Refusal(viaGroup));
        Assert.NotNull(new MetricAssistant.Application.Audit.AuditRights(new SwitchableCatalogProvider(TestRepository.Catalog)).Refusal(Nobody("viewer")));
    }
}
