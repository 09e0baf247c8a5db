namespace MetricAssistant.Demo;

/// <summary>A refund as generated (time in seconds since 2024-01-01, money in cents).</summary>
internal struct RefundRow
{
    public int TimeSec;
    public long Cents;
}
