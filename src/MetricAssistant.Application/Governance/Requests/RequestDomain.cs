namespace MetricAssistant.Application.Governance.Requests;

/// <summary>
/// The owning department a request goes to, in both languages, as metrics name their <c>owner</c>
/// (so the access policy's role <c>owners</c> decide who reviews it).
/// </summary>
public sealed record RequestDomain(string En, string Zh)
{
    /// <summary>Where a request goes when its words point at no governed metric: reviewers of every owner ("*") read it.</summary>
    public static readonly RequestDomain DataGovernance = new("Data governance", "数据治理组");

    public string For(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;
}
