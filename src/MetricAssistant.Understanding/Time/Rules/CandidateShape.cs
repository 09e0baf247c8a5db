namespace MetricAssistant.Understanding.Time.Rules;

/// <summary>
/// What a candidate is: a calendar period (may be joined with another into "A 到 B"), a rolling or
/// to-date window (never joined: "近7天到近30天" means nothing), or a comparison word (同比, vs last month).
/// </summary>
internal enum CandidateShape { Calendar, Window, Comparison }
