using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MetricAssistant.Application.Telemetry;

/// <summary>
/// One stage of one answer: a span (when something listens) and, when disposed, one latency measurement in the
/// stage histogram. Only metric ids and status-like words are ever tagged.
/// </summary>
public sealed class StageSpan : IDisposable
{
    private readonly Histogram<double> histogram;
    private readonly long started;
    private readonly KeyValuePair<string, object?> stageTag;
    private bool disposed;

    internal StageSpan(AnswerStage stage, Activity? activity, Histogram<double> histogram)
    {
        Stage = stage;
        Activity = activity;
        this.histogram = histogram;
        stageTag = new KeyValuePair<string, object?>(TelemetryNames.Stage, TelemetryNames.Of(stage));
        activity?.SetTag(TelemetryNames.Stage, TelemetryNames.Of(stage));
        started = Stopwatch.GetTimestamp();
    }

    public AnswerStage Stage { get; }

    /// <summary>The span, or null when no exporter listens.</summary>
    public Activity? Activity { get; }

    public StageSpan Metrics(IEnumerable<string>? metricIds)
    {
        if (Activity is not null && metricIds is not null)
        {
            var ids = metricIds.ToArray();
            if (ids.Length > 0) Activity.SetTag(TelemetryNames.MetricIds, ids);
        }
        return this;
    }

    /// <summary>An answer status, or an outcome such as allowed / denied; a failed stage marks the span as an error.</summary>
    public StageSpan Status(string status, bool failed = false)
    {
        Activity?.SetTag(TelemetryNames.Status, status);
        if (failed) Activity?.SetStatus(ActivityStatusCode.Error, status);
        return this;
    }

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        histogram.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, stageTag);
        Activity?.Dispose();
    }
}
