namespace MetricAssistant.Compiler;

/// <summary>A bound value; <see cref="Name"/> is without the dialect's prefix.</summary>
public sealed record SqlParameter(string Name, object Value);
