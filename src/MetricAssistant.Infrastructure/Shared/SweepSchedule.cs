namespace MetricAssistant.Infrastructure.Shared;

/// <summary>
/// When a replica next deletes a shared table's expired rows: at most once an interval, claimed by one caller, so the
/// tables stay bounded without a background job and without every write paying for a sweep.
/// </summary>
public sealed class SweepSchedule(TimeSpan interval)
{
    private long nextTicks;

    /// <summary>True for one caller once <paramref name="now"/> reaches the next sweep; that caller sweeps.</summary>
    public bool Claim(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref nextTicks);
        return now.UtcTicks >= due && Interlocked.CompareExchange(ref nextTicks, (now + interval).UtcTicks, due) == due;
    }
}
