using Azure.Core;
using Azure.Identity;
using MetricAssistant.Application.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace MetricAssistant.Infrastructure.Groups;

/// <summary>
/// Directory groups from Microsoft Graph (<c>Directory:Source=graph</c>): <c>GET /users/{id}/transitiveMemberOf</c> through
/// the <c>Microsoft.Graph</c> SDK, every page (<c>@odata.nextLink</c>), keeping only <c>#microsoft.graph.group</c> entries
/// (directory roles and administrative units are not groups). An error answer (404 for an unknown user, 403, 429, 5xx),
/// a timeout or an unreachable endpoint is a failed lookup, logged: no rights from groups, never a crash. No retries: the
/// next turn asks again (failures are not cached).
/// </summary>
public sealed class GraphDirectoryGroups(GraphServiceClient client, TimeSpan timeout, ILogger<GraphDirectoryGroups>? logger = null) : IDirectoryGroups
{
    private const int MaxPages = 100;

    public bool IsConfigured => true;

    /// <summary>A client for <paramref name="options"/>' endpoint, authenticated by <paramref name="credential"/> (else the app's client secret).</summary>
    public static GraphServiceClient CreateClient(GraphDirectoryOptions options, TokenCredential? credential, HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        credential ??= new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
        // The token goes only to the configured Graph host.
        var host = new Uri(options.BaseUrl).Host;
        var authentication = new AzureIdentityAuthenticationProvider(credential, [host], null, true, [.. options.EffectiveScopes]);
        return new GraphServiceClient(httpClient, authentication, options.BaseUrl.TrimEnd('/'));
    }

    public async Task<DirectoryLookup> GroupsOfAsync(string userObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userObjectId);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var groups = new List<string>();
            var page = await client.Users[userObjectId].TransitiveMemberOf.GetAsync(
                request => request.QueryParameters.Select = ["id", "displayName"], deadline.Token);
            for (var pages = 1; page is not null; pages++)
            {
                groups.AddRange((page.Value ?? []).OfType<Group>().Select(g => g.Id).OfType<string>());
                if (string.IsNullOrEmpty(page.OdataNextLink)) break;
                if (pages >= MaxPages) return Fail(userObjectId, $"more than {MaxPages} pages of memberships");
                page = await client.Users[userObjectId].TransitiveMemberOf.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: deadline.Token);
            }
            return DirectoryLookup.Found(groups.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
        }
        catch (ApiException e)
        {
            return Fail(userObjectId, $"Microsoft Graph answered {e.ResponseStatusCode}{(e.ResponseStatusCode == 404 ? " (no such user)" : "")}: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(userObjectId, $"Microsoft Graph did not answer within {timeout.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is HttpRequestException or AuthenticationFailedException or InvalidOperationException or ArgumentException or System.Text.Json.JsonException)
        {
            return Fail(userObjectId, $"Microsoft Graph could not be asked: {e.Message}");
        }
    }

    private DirectoryLookup Fail(string user, string reason)
    {
        logger?.LogWarning("Directory groups of {User} not read: {Reason}", user, reason);
        return DirectoryLookup.Failed(reason);
    }
}
