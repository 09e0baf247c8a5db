using MetricAssistant.Application.Contracts;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Infrastructure.Tests.Security;

/// <summary>
/// The permission matrix (5 demo users × every published metric × DuckDB and PostgreSQL, structured and in Chinese) with
/// the demo users' roles and row-rule attributes coming only through directory groups: the same expectations as
/// <see cref="PermissionMatrixTests"/>.
/// </summary>
[Collection(WarehouseCollection.Name)]
public sealed class PermissionMatrixThroughGroupsTests(WarehouseFixture fixture, GroupsOnlyServices groups) : IClassFixture<GroupsOnlyServices>
{
    [Fact]
    public void The_rewritten_policy_gives_the_demo_users_no_roles_or_attributes_of_their_own()
    {
        var result = new CatalogLoader().Load(groups.CatalogDirectory);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var users = result.Catalog!.Access.Users;
        Assert.Equal(5, users.Count);
        Assert.All(users, u => Assert.Empty(u.Roles));
        Assert.All(users, u => Assert.Empty(u.Attributes));
        Assert.All(users, u => Assert.Single(u.Groups));
    }

    [SkippableTheory]
    [MemberData(nameof(PermissionMatrixTests.Cases), MemberType = typeof(PermissionMatrixTests))]
    public async Task Answers_follow_the_policy_when_roles_come_only_from_groups(string user, string metric, string engine)
    {
        var (status, scope) = PermissionMatrixTests.Expected(user, metric);
        var range = new TimeRangeDto("2025-04-01", "2025-07-01");
        var structured = await groups.Service(fixture, engine).RunAsync(new QueryRequest(new QueryDto([metric], ["region"], [], range), user), CancellationToken.None);
        var name = metric == "conversion_rate" ? "支付转化率" : TestRepository.Catalog.Metrics[metric].Name.Zh;
        var asked = await groups.Ask(fixture, engine).AskAsync(new AskRequest($"2025年第二季度{name}", user, "2025-07-15T10:00:00"), CancellationToken.None);

        foreach (var answer in new[] { structured, asked })
        {
            Assert.True(answer.Status == status, $"{user}/{metric}: expected {status}, got {answer.Status}: {answer.Message}");
            if (status == "denied")
            {
                Assert.Empty(answer.Rows);
                Assert.Null(answer.Sql);
                continue;
            }
            Assert.Equal(scope ?? "", string.Join(";", answer.Scope.Select(s => $"{s.Dimension}={string.Join(",", s.Values)}")));
        }
        if (status == "answered")
        {
            // The same rows as through the users' own roles.
            var direct = await fixture.Service(engine).RunAsync(new QueryRequest(new QueryDto([metric], ["region"], [], range), user), CancellationToken.None);
            Assert.Equal(direct.Rows.Select(r => string.Join("|", r)), structured.Rows.Select(r => string.Join("|", r)));
        }
    }
}
