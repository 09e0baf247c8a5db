using System.Net;
using Microsoft.Extensions.Logging;

namespace MetricAssistant.Bot.Connector;

/// <summary>
/// The Connector client's last line: every request its HttpClient sends is checked by the
/// <see cref="ServiceUrlGuard"/>, so a call added later cannot forget the check. A refused request never leaves
/// the process; it comes back as a 403 (not retried) whose reason says why.
/// </summary>
public sealed class ServiceUrlGuardHandler(ServiceUrlGuard guard, ILogger<ServiceUrlGuardHandler> logger) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { IsAbsoluteUri: true } address && guard.Allows(address, out _))
            return base.SendAsync(request, cancellationToken);

        var problem = "no address";
        if (request.RequestUri is { IsAbsoluteUri: true } refused)
            guard.Allows(refused, out problem);
        logger.LogWarning("Refused a Connector request: {Problem}.", problem);
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Forbidden)
        {
            RequestMessage = request,
            ReasonPhrase = "Refused by Bot:AllowedServiceUrls",
            Content = new StringContent(problem),
        });
    }
}
