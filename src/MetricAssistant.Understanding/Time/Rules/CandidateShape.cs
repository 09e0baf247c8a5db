namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// What a candidate is: a calendar period (may be joined with another into "A 到 B"), a rolling or
/// to-date window (never joined: "近7天到近30天" means nothing), a bare boundary (年初, 月中: a range end only,
/// dropped when nothing joins it), a comparison word (同比, vs last
/// month), or a date that does not exist (2月30日) — kept only so that its pieces ("2025年") are not
/// read on their own.
/// </summary>
internal enum CandidateShape { Calendar, Window, Point, Comparison, Invalid }
