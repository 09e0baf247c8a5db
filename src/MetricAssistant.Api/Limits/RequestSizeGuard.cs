using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Api.Limits;

/// <summary>
/// Refuses a body over <see cref="RequestLimitOptions.MaxBodyBytes"/>: a declared <c>Content-Length</c> over it gets
/// 413 with a ProblemDetails before anything is read; a chunked body is cut off by the server's own limit, set here
/// per request, which the endpoints answer as 413 too.
/// </summary>
public sealed class RequestSizeGuard(RequestDelegate next, IOptions<RequestLimitOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var max = options.Value.MaxBodyBytes;
        if (http.Request.ContentLength > max)
        {
            // The endpoint's own, smaller bound (Teams activities) still applies below this one.
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
                detail: $"A request body may be at most {max} bytes.").ExecuteAsync(http);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature && (feature.MaxRequestBodySize is null || feature.MaxRequestBodySize > max))
            feature.MaxRequestBodySize = max;
        await next(http);
    }
}
