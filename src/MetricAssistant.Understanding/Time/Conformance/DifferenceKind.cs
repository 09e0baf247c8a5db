namespace MetricAssistant.Understanding.Time.Conformance;

/// <summary>How a deliberate difference from Microsoft's test cases is counted.</summary>
public enum DifferenceKind
{
    /// <summary>Not a question a metrics assistant answers with a range: excluded from the score.</summary>
    OutOfScope,

    /// <summary>Scored, but our answer is different by design (CONVENTIONS.md); checked to be exactly that answer.</summary>
    DifferentResult,
}
