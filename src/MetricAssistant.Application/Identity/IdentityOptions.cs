namespace MetricAssistant.Application.Identity;

public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>When on (the embedded default and tests), a request's <c>user</c> picks a demo identity.</summary>
    public bool DemoIdentities { get; set; } = true;

    /// <summary>Who a request without <c>user</c> is, while demo identities are on (a user of catalog/access/).</summary>
    public string DefaultUser { get; set; } = "guest";
}
