namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>The calendar unit an expression names; used to re-anchor expressions written without a year.</summary>
internal enum TimeUnit { Day, Week, Month, Quarter, Half, Year }
