using System.ComponentModel;
using MetricAssistant.Application.Execution;

namespace MetricAssistant.Caching;

/// <summary>
/// A cached query result. Marked immutable so that HybridCache hands the same instance to every in-process hit
/// instead of deserialising a copy each time; nothing ever changes rows after they are read.
/// </summary>
[ImmutableObject(true)]
public sealed record CachedRows(IReadOnlyList<IReadOnlyList<object?>> Rows, QueryOutcome Outcome, TimeSpan Elapsed);
