namespace MetricAssistant.Api.Endpoints;

/// <summary>
/// GET /api/me: who the service takes the caller to be, and whether demo identities are on (then
/// <see cref="DemoUsers"/> lists the identities a portal may offer in a picker; otherwise it is empty).
/// <c>{ "userId": "ceo", "displayName": "陈总 (CEO)", "roles": ["exec"], "kind": "demo", "demoIdentities": true, "demoUsers": [ … ] }</c>
/// </summary>
public sealed record MeResponse(string UserId, string DisplayName, IReadOnlyList<string> Roles, string Kind, bool DemoIdentities, IReadOnlyList<DemoUserDto> DemoUsers);

/// <summary>A demo identity for the portal's picker.</summary>
public sealed record DemoUserDto(string Id, string Name, IReadOnlyList<string> Roles);
