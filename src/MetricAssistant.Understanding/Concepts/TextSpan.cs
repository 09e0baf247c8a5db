namespace MetricAssistant.Understanding.Concepts;

/// <summary>A part of the (normalised) question, by character offset.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
