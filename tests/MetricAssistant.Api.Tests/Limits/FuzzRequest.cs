namespace MetricAssistant.Api.Tests.Limits;

/// <summary>
/// One adversarial request: method, path (already percent-encoded), raw body, content type, extra headers, and
/// the demo user it claims to be (the body's <c>user</c> when it is a string, else the X-User header).
/// </summary>
public sealed record FuzzRequest(string Method, string Path, string? Body, string ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers, string? ClaimedUser)
{
    public override string ToString() =>
        $"{Method} {Path} [{ContentType}] user={ClaimedUser ?? "-"} headers={string.Join(",", Headers.Select(h => h.Key))} body={(Body is null ? "-" : Body.Length > 300 ? Body[..300] + $"…({Body.Length})" : Body)}";
}
