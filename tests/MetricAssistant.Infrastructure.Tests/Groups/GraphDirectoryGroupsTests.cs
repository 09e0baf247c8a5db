using System.Net;
using MetricAssistant.Application.Security;
using MetricAssistant.Infrastructure.Groups;

namespace MetricAssistant.Infrastructure.Tests.Groups;

/// <summary>The Graph directory source through the Microsoft.Graph SDK against a loopback server speaking Graph's JSON.</summary>
public sealed class GraphDirectoryGroupsTests : IAsyncLifetime
{
    private const string User = "00000000-0000-0000-0000-0000000000a1";
    private GraphLoopbackServer server = null!;
    private readonly StaticTokenCredential credential = new("test-graph-token");

    public async Task InitializeAsync() => server = await GraphLoopbackServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    private GraphDirectoryGroups Directory(int timeoutSeconds = 10)
    {
        var options = new GraphDirectoryOptions { BaseUrl = server.BaseUrl };
        return new GraphDirectoryGroups(GraphDirectoryGroups.CreateClient(options, credential, new HttpClient()), TimeSpan.FromSeconds(timeoutSeconds));
    }

    [Fact]
    public async Task Every_page_is_read_and_only_groups_are_kept()
    {
        server.Pages[User] =
        [
            [("#microsoft.graph.group", "g-1", "MA Finance"), ("#microsoft.graph.directoryRole", "r-1", "Global Reader")],
            [("#microsoft.graph.administrativeUnit", "au-1", "East"), ("#microsoft.graph.group", "g-2", "Nested group")],
            [("#microsoft.graph.group", "G-1", "MA Finance, again")],
        ];

        var lookup = await Directory().GroupsOfAsync(User, CancellationToken.None);

        Assert.True(lookup.Succeeded, lookup.Failure);
        Assert.Equal(["g-1", "g-2"], lookup.GroupIds);
        var requests = server.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.All(requests, r => Assert.Equal($"/v1.0/users/{User}/transitiveMemberOf", r.Path));
        Assert.Contains("$select=id,displayName", Uri.UnescapeDataString(requests[0].Query));
        Assert.Contains("$skiptoken=2", requests[2].Query);
        Assert.All(requests, r => Assert.Equal("Bearer test-graph-token", r.Authorization));
        Assert.Equal(["https://graph.microsoft.com/.default"], credential.Scopes[0]);
    }

    [Fact]
    public async Task A_user_in_no_group_has_none()
    {
        server.Pages[User] = [[]];
        var lookup = await Directory().GroupsOfAsync(User, CancellationToken.None);
        Assert.True(lookup.Succeeded);
        Assert.Empty(lookup.GroupIds);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, "404")]
    [InlineData(HttpStatusCode.TooManyRequests, "429")]
    [InlineData(HttpStatusCode.InternalServerError, "500")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "503")]
    public async Task An_error_answer_is_a_failed_lookup_with_the_status_never_an_exception(HttpStatusCode status, string named)
    {
        server.Errors[User] = status;
        var lookup = await Directory().GroupsOfAsync(User, CancellationToken.None);
        Assert.False(lookup.Succeeded);
        Assert.Empty(lookup.GroupIds);
        Assert.Contains(named, lookup.Failure);
    }

    [Fact]
    public async Task An_unreachable_graph_is_a_failed_lookup()
    {
        var url = server.BaseUrl;
        await server.DisposeAsync();
        server = await GraphLoopbackServer.StartAsync(); // disposed again at the end
        var options = new GraphDirectoryOptions { BaseUrl = url };
        var directory = new GraphDirectoryGroups(GraphDirectoryGroups.CreateClient(options, credential, new HttpClient()), TimeSpan.FromSeconds(5));
        var lookup = await directory.GroupsOfAsync(User, CancellationToken.None);
        Assert.False(lookup.Succeeded);
        Assert.Contains("could not be asked", lookup.Failure);
    }

    [Fact]
    public async Task A_failed_lookup_grants_no_rights_to_a_caller()
    {
        server.Errors[User] = HttpStatusCode.ServiceUnavailable;
        var lookup = await Directory().GroupsOfAsync(User, CancellationToken.None);
        var caller = new Caller(User, [], new Dictionary<string, IReadOnlyList<string>>(), CallerKind.Authenticated);
        var resolved = new RoleResolver(MetricAssistant.Tests.Shared.TestRepository.Catalog.Access).WithGroups(caller, lookup.GroupIds);
        Assert.Empty(resolved.Roles);
    }
}
