namespace MetricAssistant.QueryModel;

/// <summary>A calendar part of a date, compared across periods ("by day of week", 按月份): ISO day of week, Monday = 1.</summary>
public enum DatePart { Year, Quarter, Month, Day, DayOfWeek, DayOfYear }
