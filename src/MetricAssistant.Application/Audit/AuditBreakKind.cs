namespace MetricAssistant.Application.Audit;

/// <summary>How the chain is broken at the first bad entry.</summary>
public enum AuditBreakKind
{
    /// <summary>The entry's fields no longer match its hash: it was edited.</summary>
    Altered,

    /// <summary>The entry's predecessor in the chain is gone.</summary>
    Deleted,

    /// <summary>The entry does not belong where it stands: added, copied or forged.</summary>
    Inserted,

    /// <summary>The entry stands before an entry the chain puts before it.</summary>
    Reordered,
}
