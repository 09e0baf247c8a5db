namespace MetricAssistant.Compiler;

/// <summary>A column of the answer; <see cref="Type"/> is one of string, integer, decimal, number, date.</summary>
public sealed record OutputColumn(string Name, string Type);
