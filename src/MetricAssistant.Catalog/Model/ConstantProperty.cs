namespace MetricAssistant.Catalog.Model;

/// <summary>A column that must hold the same value on the base event and its conversion (MetricFlow's constant_properties): the same store, the same session.</summary>
public sealed record ConstantProperty(ColumnPath Base, ColumnPath Conversion, SourceLocation Source);
