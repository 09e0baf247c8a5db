namespace MetricAssistant.Bot.Connector;

/// <summary>
/// One entry of <see cref="BotOptions.AllowedServiceUrls"/>: an https host (a leading <c>*.</c> for any of its
/// subdomains, never the bare domain), its port (443 unless given) and a path, exact or, with a trailing <c>*</c>,
/// a prefix. Example: <c>https://*.botframework.com/*</c> matches <c>https://europe.webchat.botframework.com/</c>
/// but not <c>https://botframework.com.evil.example/</c> nor <c>http://smba.botframework.com/</c>.
/// </summary>
internal sealed record ServiceUrlPattern(string Host, bool AnySubdomain, int Port, string Path, bool PathPrefix)
{
    public static bool TryParse(string? text, out ServiceUrlPattern? pattern, out string problem)
    {
        pattern = null;
        problem = "";
        var value = text?.Trim() ?? "";
        const string scheme = "https://";
        if (!value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"'{text}' must start with https:// (replies carry the bot's token)";
            return false;
        }
        var rest = value[scheme.Length..];
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 ? "/" : rest[slash..];
        var anySubdomain = authority.StartsWith("*.", StringComparison.Ordinal);
        if (anySubdomain)
            authority = authority[2..];
        if (authority.Contains('*') || authority.Contains('@'))
        {
            problem = $"'{text}' may have a wildcard only as the host's first label (*.example.com) and no user info";
            return false;
        }
        // The host and port are read by Uri itself, so they compare with what a request will be sent to.
        if (!Uri.TryCreate(scheme + authority + "/", UriKind.Absolute, out var uri) || uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6)
            || (!uri.IdnHost.Contains('.') && uri.HostNameType == UriHostNameType.Dns))
        {
            problem = $"'{text}' does not name a host such as smba.trafficmanager.net";
            return false;
        }
        var prefix = path.EndsWith('*');
        if (prefix)
            path = path[..^1];
        if (path.Contains('*') || path.Contains('?') || path.Contains('#'))
        {
            problem = $"'{text}' may have a wildcard only at the end of its path, and no query or fragment";
            return false;
        }
        pattern = new ServiceUrlPattern(uri.IdnHost.ToLowerInvariant(), anySubdomain, uri.Port, path, prefix);
        return true;
    }

    public bool Matches(Uri address)
    {
        if (address.Scheme != Uri.UriSchemeHttps || address.Port != Port)
            return false;
        var host = address.IdnHost.ToLowerInvariant();
        var hostMatches = AnySubdomain ? host.EndsWith("." + Host, StringComparison.Ordinal) : host == Host;
        if (!hostMatches)
            return false;
        var path = address.AbsolutePath;
        return PathPrefix
            ? path.StartsWith(Path, StringComparison.Ordinal)
            : string.Equals(path.TrimEnd('/'), Path.TrimEnd('/'), StringComparison.Ordinal);
    }
}
