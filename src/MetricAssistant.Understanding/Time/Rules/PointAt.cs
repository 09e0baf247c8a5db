namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>Where in its year or month a <see cref="PeriodPoint"/> lies: 初 / start, 中 / middle, 底 / 末 / end.</summary>
internal enum PointAt { Start, Middle, End }
