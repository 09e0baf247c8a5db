namespace MetricAssistant.Application.Hosting;

/// <summary>
/// The service key of a door's in-process implementation (chart specs, the welcome ledger, the turn journal), used when
/// no shared store is configured; with one, the shared implementation is registered without a key and wins.
/// </summary>
public static class LocalFallback
{
    public const string Key = "local";
}
