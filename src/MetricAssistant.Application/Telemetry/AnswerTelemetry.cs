using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MetricAssistant.Application.Telemetry;

/// <summary>
/// The product's spans and measurements, on System.Diagnostics only: the hosts choose exporters (OpenTelemetry in
/// the Api composition). Spans: one per answer (<c>ask</c> / <c>query</c>), one per <see cref="AnswerStage"/> and one
/// per warehouse call. Series: answers by status and door, stage latency, warehouse time, result cache hits and
/// misses, and the Teams turns waiting or running.
/// </summary>
public sealed class AnswerTelemetry : IResultCacheMetrics, IDisposable
{
    private readonly Counter<long> answers;
    private readonly Histogram<double> stages;
    private readonly Histogram<double> warehouse;
    private readonly Counter<long> cacheHits;
    private readonly Counter<long> cacheMisses;
    private Func<int>? teamsQueue;

    public AnswerTelemetry()
    {
        var version = typeof(AnswerTelemetry).Assembly.GetName().Version?.ToString();
        Source = new ActivitySource(TelemetryNames.Source, version);
        Meter = new Meter(TelemetryNames.Source, version);
        var meter = Meter;
        answers = meter.CreateCounter<long>("metricassistant.answers", "{answer}", "Answers returned, by status and door.");
        stages = meter.CreateHistogram<double>("metricassistant.stage.duration", "ms", "Time spent in each answering stage.");
        warehouse = meter.CreateHistogram<double>("metricassistant.warehouse.duration", "ms", "Time spent in the warehouse per query, by engine and outcome.");
        cacheHits = meter.CreateCounter<long>("metricassistant.cache.hits", "{lookup}", "Result cache lookups answered from the cache.");
        cacheMisses = meter.CreateCounter<long>("metricassistant.cache.misses", "{lookup}", "Result cache lookups that went to the warehouse.");
        meter.CreateObservableGauge("metricassistant.teams.pending_turns", TeamsQueue, "{turn}", "Teams turns accepted and not yet answered (the turn queue's depth).");
    }

    public ActivitySource Source { get; }

    public Meter Meter { get; }

    /// <summary>The span of one whole answer (<paramref name="door"/>: ask or query); null when nothing listens.</summary>
    public Activity? StartAnswer(string door)
    {
        var activity = Source.StartActivity($"metricassistant.{door}");
        activity?.SetTag(TelemetryNames.Door, door);
        return activity;
    }

    public StageSpan StartStage(AnswerStage stage) =>
        new(stage, Source.StartActivity($"metricassistant.{TelemetryNames.Of(stage)}"), stages);

    /// <summary>Counts an answer and tags its span with what it answered; never the question or the rows.</summary>
    public void Answered(Activity? activity, string door, string status, IEnumerable<string>? metricIds)
    {
        answers.Add(1, new KeyValuePair<string, object?>(TelemetryNames.Status, status), new KeyValuePair<string, object?>(TelemetryNames.Door, door));
        if (activity is null) return;
        activity.SetTag(TelemetryNames.Status, status);
        var ids = metricIds?.ToArray() ?? [];
        if (ids.Length > 0) activity.SetTag(TelemetryNames.MetricIds, ids);
    }

    public Activity? StartWarehouse(string engine)
    {
        var activity = Source.StartActivity("metricassistant.warehouse", ActivityKind.Client);
        activity?.SetTag(TelemetryNames.DbSystem, engine);
        return activity;
    }

    public void WarehouseTime(TimeSpan elapsed, string engine, string outcome) =>
        warehouse.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>(TelemetryNames.DbSystem, engine), new KeyValuePair<string, object?>(TelemetryNames.Outcome, outcome));

    public void Hit() => cacheHits.Add(1);

    public void Miss() => cacheMisses.Add(1);

    /// <summary>Where the Teams turn queue's depth is read when the gauge is observed (the Teams door registers it).</summary>
    public void ObserveTeamsQueue(Func<int> depth) => Volatile.Write(ref teamsQueue, depth);

    private IEnumerable<Measurement<int>> TeamsQueue() =>
        Volatile.Read(ref teamsQueue) is { } depth ? [new Measurement<int>(depth())] : [];

    public void Dispose()
    {
        Source.Dispose();
        Meter.Dispose();
    }
}
