using MetricAssistant.Application.Governance.Freshness;

namespace MetricAssistant.Infrastructure.Governance.Freshness;

/// <summary>For a warehouse that cannot say how far its data goes (a test double): answers carry no freshness.</summary>
public sealed class NoFreshnessProbe : IFreshnessProbe
{
    public string Generation => "";

    public Task<DateTime?> NewestAsync(FreshnessSource source, CancellationToken cancellationToken) => Task.FromResult<DateTime?>(null);
}
