namespace MetricAssistant.QueryModel;

/// <summary>Year over year, or period over period (the immediately preceding period of the same length).</summary>
public enum Comparison { Yoy, Pop }
