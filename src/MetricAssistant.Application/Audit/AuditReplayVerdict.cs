namespace MetricAssistant.Application.Audit;

/// <summary>What rerunning an audited answer showed.</summary>
public enum AuditReplayVerdict
{
    /// <summary>The rows are identical to the recorded ones.</summary>
    Identical,

    /// <summary>The rows differ and the data watermark moved: data arrived or changed since.</summary>
    DataChanged,

    /// <summary>The rows differ and a metric used has another version now.</summary>
    DefinitionChanged,

    /// <summary>The rows differ, the watermark moved and a definition changed.</summary>
    DataAndDefinitionChanged,

    /// <summary>The rows differ with the same watermark and definitions: the data was changed in place, or the watermark is unknown.</summary>
    RowsDiffer,

    /// <summary>The entry cannot be rerun here (a refusal, an entry older than replay data, another engine, over the row limit or out of time).</summary>
    NotReplayable,
}
