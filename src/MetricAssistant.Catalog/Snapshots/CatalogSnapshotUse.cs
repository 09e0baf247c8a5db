namespace MetricAssistant.Catalog.Snapshots;

/// <summary>What a load did with the start-up snapshot, and why (the old snapshot's flaw, or the write's failure).</summary>
public sealed record CatalogSnapshotUse(CatalogSnapshotOutcome Outcome, string? Reason = null)
{
    public override string ToString() => Outcome switch
    {
        CatalogSnapshotOutcome.Read => "read from the start-up snapshot",
        CatalogSnapshotOutcome.Written => $"start-up snapshot written ({Reason})",
        _ => $"start-up snapshot not written: {Reason}",
    };
}
