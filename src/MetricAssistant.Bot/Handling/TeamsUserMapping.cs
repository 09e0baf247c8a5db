namespace MetricAssistant.Bot.Handling;

/// <summary>One Teams user → one catalog user: <c>{ "AadObjectId": "…0020", "TenantId": "…0001", "User": "ceo" }</c>.</summary>
public sealed class TeamsUserMapping
{
    public string AadObjectId { get; set; } = "";

    /// <summary>When set, the mapping holds only for this tenant.</summary>
    public string? TenantId { get; set; }

    public string User { get; set; } = "";
}
