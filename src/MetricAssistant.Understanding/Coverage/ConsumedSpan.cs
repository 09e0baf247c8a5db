namespace MetricAssistant.Understanding.Coverage;

/// <summary>A part of the (normalised) question that a reader step took, and which step took it.</summary>
public sealed record ConsumedSpan(int Start, int Length, SpanKind Kind)
{
    public int End => Start + Length;
}
