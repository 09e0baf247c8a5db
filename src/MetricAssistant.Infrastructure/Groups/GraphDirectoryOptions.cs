using System.ComponentModel.DataAnnotations;

namespace MetricAssistant.Infrastructure.Groups;

/// <summary>
/// Microsoft Graph as the directory (<c>Directory:Graph</c>): an app registration with the application permission
/// <c>GroupMember.Read.All</c> (client credentials), and the Graph endpoint (another cloud, or a test server on loopback).
/// </summary>
public sealed class GraphDirectoryOptions
{
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>Empty means <c>https://graph.microsoft.com/.default</c>.</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>A lookup (all its pages) taking longer fails, and the user gets no rights from groups for that turn.</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 10;

    public IReadOnlyList<string> EffectiveScopes => Scopes.Count == 0 ? ["https://graph.microsoft.com/.default"] : Scopes;
}
