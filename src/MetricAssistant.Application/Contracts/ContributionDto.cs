namespace MetricAssistant.Application.Contracts;

/// <summary>
/// One value's part in a change (a "why" question): <c>change</c> is its own change between the periods,
/// <c>share</c> that change as a fraction of the total change (null when the parts do not add up: ratios,
/// averages, snapshots; or when the total did not move).
/// </summary>
public sealed record ContributionDto(string Dimension, string Value, string? Name, double? Current, double? Previous, double? Change, double? Share);
