using Azure.Core;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Infrastructure.Groups;

/// <summary>
/// Checks <see cref="DirectoryOptions"/> at start: a known source, a file for <c>file</c>, and for <c>graph</c> an absolute
/// base URL (https, or http on loopback for tests) and the app credential, unless a host registered its own
/// <see cref="TokenCredential"/> (e.g. a managed identity).
/// </summary>
public sealed class DirectoryOptionsValidator(IServiceProvider services) : IValidateOptions<DirectoryOptions>
{
    public ValidateOptionsResult Validate(string? name, DirectoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        if (!DirectoryOptions.Sources.Contains(options.Source))
            problems.Add($"Directory:Source must be one of {string.Join(", ", DirectoryOptions.Sources)}, not '{options.Source}'.");
        if (options.Source == "file" && string.IsNullOrWhiteSpace(options.FilePath))
            problems.Add("Directory:FilePath is required when Directory:Source is file.");
        if (options.Source == "graph")
        {
            var graph = options.Graph;
            if (!Uri.TryCreate(graph.BaseUrl, UriKind.Absolute, out var url) || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
                problems.Add($"Directory:Graph:BaseUrl must be an absolute https URL (http only on loopback), not '{graph.BaseUrl}'.");
            if (services.GetService(typeof(TokenCredential)) is null
                && (string.IsNullOrWhiteSpace(graph.TenantId) || string.IsNullOrWhiteSpace(graph.ClientId) || string.IsNullOrWhiteSpace(graph.ClientSecret)))
                problems.Add("Directory:Graph:TenantId, ClientId and ClientSecret are required when Directory:Source is graph.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
