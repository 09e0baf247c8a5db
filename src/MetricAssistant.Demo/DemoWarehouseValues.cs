namespace MetricAssistant.Demo;

/// <summary>How generated values become warehouse values: seconds since the epoch as timestamps, cents as decimal(…, 2).</summary>
internal static class DemoWarehouseValues
{
    public static DateTime Time(int seconds) => DemoWorld.Epoch.AddTicks(seconds * TimeSpan.TicksPerSecond);

    // built from its bits: no division, and exact for every amount
    public static decimal Money(long cents) => new((int)(cents & 0xFFFFFFFF), (int)(cents >> 32), 0, false, 2);
}
