using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Versions;

/// <summary>A pin as it was honoured: <see cref="MetricId"/> computed with <see cref="Version"/> while <see cref="CurrentVersion"/> is current.</summary>
public sealed record AppliedPin(string MetricId, LocalizedText Name, int Version, int CurrentVersion)
{
    /// <summary>False for a pin to the current version: answered as if there were no pin.</summary>
    public bool NotCurrent => Version != CurrentVersion;
}
