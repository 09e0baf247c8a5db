namespace MetricAssistant.Load;

/// <summary>
/// One request's outcome: when it started (seconds into the run), its latency at the client, the HTTP status
/// (0: no response), and from the answer its status, error code, server time (<c>timings.totalMs</c>) and cache status.
/// </summary>
public sealed record Sample(double StartSeconds, double LatencyMs, int Http, string? Status, string? Error, double? ServerMs, string? Cache, string? Key)
{
    public bool Answered => Http == 200 && Status == "answered";

    /// <summary>When the response came back, seconds into the run.</summary>
    public double EndSeconds => StartSeconds + LatencyMs / 1000;
}
