namespace MetricAssistant.Application.Contracts;

/// <summary>
/// A time group-by in the contract: <c>{ "timeDimension": "paid_time", "grain": "month" }</c> or <c>{ "part": "dow" }</c>
/// (no time dimension: each metric's own time). Parts: year, quarter, month, day, dow (Monday 1), doy.
/// </summary>
public sealed record TimeGroupDto(string? TimeDimension = null, string? Grain = null, string? Part = null);
