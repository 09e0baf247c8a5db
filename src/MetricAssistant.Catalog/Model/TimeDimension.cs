namespace MetricAssistant.Catalog.Model;

/// <summary>A time column of a model; <see cref="MinGrain"/> is the finest grain the data carries.</summary>
public sealed record TimeDimension(string Name, ColumnPath Column, TimeGrain MinGrain, SourceLocation Source);
