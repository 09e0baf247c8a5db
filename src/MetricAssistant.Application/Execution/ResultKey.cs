namespace MetricAssistant.Application.Execution;

/// <summary>
/// What a cached result depends on, as one canonical text (<see cref="Text"/>) and its SHA-256 (<see cref="Hash"/>, the
/// cache key): the dialect, the compiled SQL, its parameter values with their types, the caller's scope, the version of
/// every metric used and the data watermark of every source table. Any of them changing gives another key, so an
/// entry computed before a publish or a data load is never reached again.
/// </summary>
public sealed record ResultKey(string Text, string Hash, IReadOnlyList<string> MetricIds);
