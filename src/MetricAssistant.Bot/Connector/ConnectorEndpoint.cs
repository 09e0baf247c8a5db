namespace MetricAssistant.Bot.Connector;

/// <summary>
/// Builds the activities address from a serviceUrl, refusing what must not be called: a relative address,
/// user info, or plain http while authentication is on (the token would travel in clear).
/// Example: <c>https://smba.trafficmanager.net/amer/</c> + <c>a:1x@thread</c> →
/// <c>https://smba.trafficmanager.net/amer/v3/conversations/a%3A1x%40thread/activities</c>.
/// </summary>
internal static class ConnectorEndpoint
{
    public static bool TryBuild(string? serviceUrl, string? conversationId, string? replyToId, bool requireHttps, out Uri? address, out string problem)
    {
        address = null;
        problem = "";
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var service)
            || (service.Scheme != Uri.UriSchemeHttps && service.Scheme != Uri.UriSchemeHttp))
        {
            problem = $"serviceUrl '{serviceUrl}' is not an absolute http(s) address";
            return false;
        }
        if (requireHttps && service.Scheme != Uri.UriSchemeHttps)
        {
            problem = $"serviceUrl '{serviceUrl}' is not https; plain http is accepted only while authentication is off (the local simulator)";
            return false;
        }
        if (!string.IsNullOrEmpty(service.UserInfo) || !string.IsNullOrEmpty(service.Query) || !string.IsNullOrEmpty(service.Fragment))
        {
            problem = $"serviceUrl '{serviceUrl}' carries user info, a query or a fragment";
            return false;
        }
        if (string.IsNullOrWhiteSpace(conversationId))
        {
            problem = "the conversation id is empty";
            return false;
        }
        var path = $"{service.GetLeftPart(UriPartial.Path).TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
            path += "/" + Uri.EscapeDataString(replyToId);
        address = new Uri(path, UriKind.Absolute);
        return true;
    }
}
