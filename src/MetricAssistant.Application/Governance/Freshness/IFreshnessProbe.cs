namespace MetricAssistant.Application.Governance.Freshness;

/// <summary>Asks the warehouse how far a source table's data goes. Implemented by each warehouse engine.</summary>
public interface IFreshnessProbe
{
    /// <summary>
    /// Changes whenever the warehouse's data may have changed (e.g. the embedded file was rewritten), so cached answers
    /// are dropped at once; a constant when the engine cannot tell (the cache's refresh interval then bounds how old they get).
    /// </summary>
    string Generation { get; }

    /// <summary>The newest time in the source (organisation-local, as the warehouse keeps it), or null when it has no rows.</summary>
    Task<DateTime?> NewestAsync(FreshnessSource source, CancellationToken cancellationToken);
}
