namespace MetricAssistant.Bot.Tests.Connector;

/// <summary>A clock the test moves by hand; timers and delays still run on real time.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
