using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace MetricAssistant.Api.Tests.Identity;

/// <summary>
/// A token's <c>groups</c> claim: the policy's groups add their roles to the token's; a token whose groups were left out
/// (the overage marker) has them read from the directory source, or is refused with 403 and the reason.
/// </summary>
public sealed class TokenGroupsTests
{
    private const string Oid = "5f0c7a52-0000-4000-8000-00000000a11c";
    private const string EastGroup = "6d3e0c1a-7b2f-4c59-9a1e-0d5b1e000003";
    private const string ViewerGroup = "6d3e0c1a-7b2f-4c59-9a1e-0d5b1e000005";

    private sealed class RepositoryCatalog : ICatalogProvider
    {
        public SemanticCatalog Current => TestRepository.Catalog;
    }

    /// <summary>A directory answering from a dictionary, or failing with a reason.</summary>
    private sealed class FakeDirectory(Dictionary<string, string[]> users, string? failure = null) : IDirectoryGroups
    {
        public int Lookups { get; private set; }

        public bool IsConfigured => true;

        public Task<DirectoryLookup> GroupsOfAsync(string userObjectId, CancellationToken cancellationToken)
        {
            Lookups++;
            return Task.FromResult(failure is not null ? DirectoryLookup.Failed(failure)
                : DirectoryLookup.Found(users.TryGetValue(userObjectId, out var groups) ? groups : []));
        }
    }

    private static Task<AuthTestHost> Host(IDirectoryGroups? directory = null) =>
        AuthTestHost.StartAsync(AuthTestHost.DefaultSettings(demoIdentities: false), services: s =>
        {
            s.AddSingleton<ICatalogProvider, RepositoryCatalog>();
            if (directory is not null) s.AddSingleton(directory);
        });

    private static async Task<(HttpStatusCode Status, JsonElement Body)> WhoAmI(AuthTestHost host, Dictionary<string, object> claims)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/whoami");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AuthTestHost.Token(claims: claims));
        var response = await host.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private static Dictionary<string, object> Claims(Action<Dictionary<string, object>> change)
    {
        var claims = AuthTestHost.StandardClaims();
        claims.Remove("extension_regions");
        change(claims);
        return claims;
    }

    [Fact]
    public async Task The_groups_claim_adds_the_roles_and_attributes_of_the_policy_groups()
    {
        await using var host = await Host();
        var (status, body) = await WhoAmI(host, Claims(c => c["groups"] = new[] { EastGroup, "unmapped-group" }));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["finance", "analyst", "regional_manager"], Strings(body.GetProperty("roles")));
        Assert.Equal(["east"], Strings(body.GetProperty("attributes").GetProperty("regions")));
    }

    [Fact]
    public async Task A_token_without_groups_keeps_its_roles()
    {
        await using var host = await Host();
        var (status, body) = await WhoAmI(host, Claims(_ => { }));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["finance", "analyst"], Strings(body.GetProperty("roles")));
    }

    [Fact]
    public async Task Overage_is_resolved_through_the_directory_source_by_oid()
    {
        var directory = new FakeDirectory(new() { [Oid] = [ViewerGroup] });
        await using var host = await Host(directory);
        var (status, body) = await WhoAmI(host, Claims(c =>
        {
            c.Remove("roles");
            c["_claim_names"] = new Dictionary<string, object> { ["groups"] = "src1" };
            c["_claim_sources"] = new Dictionary<string, object> { ["src1"] = new Dictionary<string, object> { ["endpoint"] = $"https://graph.windows.net/tenant/users/{Oid}/getMemberObjects" } };
        }));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["viewer"], Strings(body.GetProperty("roles")));
        Assert.Equal(1, directory.Lookups);
    }

    [Fact]
    public async Task Overage_without_a_directory_source_is_refused_with_403_and_the_reason()
    {
        await using var host = await Host();
        var (status, body) = await WhoAmI(host, Claims(c => c["hasgroups"] = true));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("groups unavailable", body.GetProperty("detail").GetString());
        Assert.Contains("Directory:Source", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Overage_with_a_failing_directory_is_refused_never_answered_with_fewer_rights()
    {
        await using var host = await Host(new FakeDirectory([], "Microsoft Graph answered 503"));
        var (status, body) = await WhoAmI(host, Claims(c => c["_claim_names"] = new Dictionary<string, object> { ["groups"] = "src1" }));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Microsoft Graph answered 503", body.GetProperty("detail").GetString());
    }
}
