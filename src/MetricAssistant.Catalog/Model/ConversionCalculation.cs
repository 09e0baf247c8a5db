namespace MetricAssistant.Catalog.Model;

/// <summary>What a conversion metric reports (MetricFlow's calculation): the converted events, or them over the base events.</summary>
public enum ConversionCalculation { ConversionRate, Conversions }
