namespace MetricAssistant.Catalog.Snapshots;

/// <summary>What a load did with the start-up snapshot.</summary>
public enum CatalogSnapshotOutcome
{
    /// <summary>The catalog came from the snapshot: its files hash to the snapshot's key.</summary>
    Read,

    /// <summary>The catalog was loaded from its files and kept in a new snapshot.</summary>
    Written,

    /// <summary>The catalog was loaded from its files; the snapshot could not be written.</summary>
    NotWritten,
}
