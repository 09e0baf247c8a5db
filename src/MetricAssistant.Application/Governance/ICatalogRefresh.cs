namespace MetricAssistant.Application.Governance;

/// <summary>
/// A catalog provider that can reload at once: called by the publishing replica right after a write, so its own
/// next question already sees the published definition (other replicas notice the store's head moving).
/// </summary>
public interface ICatalogRefresh
{
    void Refresh();
}
