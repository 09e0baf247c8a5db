namespace MetricAssistant.Application.Contracts;

/// <summary>
/// How recent the data behind an answer is (additive): <see cref="DataUntil"/> is the newest data of the oldest source
/// table the answer reads (organisation-local time, "2025-12-31T23:59:00"), <see cref="Stale"/> whether it is older than
/// the metric's expected schedule (<see cref="ExpectedEvery"/>, "1d") at the request's <c>now</c>.
/// </summary>
public sealed record FreshnessDto(string DataUntil, bool Stale, string ExpectedEvery, IReadOnlyList<FreshnessSourceDto> Sources);

/// <summary>One source table of an answer and how far its data goes (from its time column, or its load log).</summary>
public sealed record FreshnessSourceDto(string Model, string Table, string? Column, string? LoadLog, string? DataUntil);
