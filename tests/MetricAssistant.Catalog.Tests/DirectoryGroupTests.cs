using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The access policy's <c>groups:</c>: directory groups mapped to roles, checked on load.</summary>
public sealed class DirectoryGroupTests
{
    private const string Roles = """
        roles:
          - { id: manager, metrics: { all: true }, row_rules: [ { dimension: region, attribute: regions } ] }
          - { id: viewer, metrics: { metrics: [gmv] } }

        """;

    private static MetricAssistant.Catalog.Loading.CatalogLoadResult Load(string yaml) =>
        new MiniCatalog().Set("catalog/access/policy.yaml", Roles + yaml).Load();

    [Fact]
    public void Groups_load_with_name_roles_and_attributes_and_users_may_have_groups_instead_of_roles()
    {
        var result = Load("""
            groups:
              - { id: 0F6C1A2B-0000-4000-8000-000000000001, name: East managers, roles: [manager], attributes: { regions: [east] } }
              - { id: 0f6c1a2b-0000-4000-8000-000000000002, name: Viewers, roles: [viewer] }
            users:
              - { id: wang, groups: [0f6c1a2b-0000-4000-8000-000000000001] }
            """);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var access = result.Catalog!.Access;
        var east = access.FindGroup("0f6c1a2b-0000-4000-8000-000000000001")!; // ids compare case-insensitively
        Assert.Equal("East managers", east.Name);
        Assert.Equal(["manager"], east.Roles);
        Assert.Equal(["east"], east.Attributes["regions"]);
        Assert.Empty(access.FindUser("wang")!.Roles);
        Assert.Equal(["0f6c1a2b-0000-4000-8000-000000000001"], access.FindUser("wang")!.Groups);
    }

    [Fact]
    public void An_unknown_role_of_a_group_is_reported_with_a_suggestion()
    {
        var problem = ProblemAssert.Single(Load("groups:\n  - { id: g1, name: Managers, roles: [manger] }\n"), CatalogProblemCodes.UnknownField);
        Assert.Contains("group 'g1' (Managers) has unknown role 'manger'", problem.ToString());
        Assert.Contains("did you mean 'manager'", problem.ToString());
        Assert.True(problem.Line > 0);
    }

    [Fact]
    public void The_same_group_id_twice_is_refused_whatever_its_case()
    {
        var problem = ProblemAssert.Single(Load("groups:\n  - { id: ab-1, name: A, roles: [viewer] }\n  - { id: AB-1, name: B, roles: [manager] }\n"), CatalogProblemCodes.DuplicateId);
        Assert.Contains("defined twice", problem.ToString());
    }

    [Theory]
    [InlineData("groups:\n  - { id: g1, roles: [viewer] }\n", CatalogProblemCodes.MissingField)]
    [InlineData("groups:\n  - { id: g1, name: G, roles: [] }\n", CatalogProblemCodes.InvalidField)]
    [InlineData("groups:\n  - { id: g1, name: G, roles: [viewer], color: red }\n", CatalogProblemCodes.UnknownField)]
    [InlineData("groups:\n  - { id: g1, name: G, roles: [viewer] }\nusers:\n  - { id: x, groups: [g2] }\n", CatalogProblemCodes.UnknownField)]
    [InlineData("users:\n  - { id: x, roles: [] }\n", CatalogProblemCodes.InvalidField)]
    public void Broken_groups_are_reported(string yaml, string code) => ProblemAssert.Single(Load(yaml), code);

    [Fact]
    public void The_repository_policy_maps_a_group_to_each_of_the_five_demo_roles()
    {
        var access = new MetricAssistant.Catalog.Loading.CatalogLoader().Load(Path.Combine(RepositoryRootFinder(), "catalog")).Catalog!.Access;
        Assert.Equal(["ecommerce", "exec", "finance", "regional_manager", "viewer"], access.Groups.SelectMany(g => g.Roles).Order(StringComparer.Ordinal));
        Assert.All(access.Groups, g => Assert.True(Guid.TryParse(g.Id, out _), g.Id));
    }

    private static string RepositoryRootFinder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MetricAssistant.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }
}
