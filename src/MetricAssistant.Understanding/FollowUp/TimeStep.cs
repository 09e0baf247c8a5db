namespace MetricAssistant.Understanding.FollowUp;

/// <summary>
/// How far a follow-up moves the previous question's period back: by its own length ("the month before",
/// 前一期), or by a calendar unit keeping its length ("a year earlier", "the same day last year", 上周同一天, 再往前一礼拜).
/// A month or week back from a range at least that long is by the range's own length, as <see cref="Period"/>.
/// <see cref="Weekend"/> ("the weekend before that", 再往前一个周末) is the weekend (Saturday to Monday) just before the period.
/// </summary>
public enum TimeStep { Period, Year, Month, Week, Weekend }
