using MetricAssistant.Bot.Hosting;
using MetricAssistant.Bot.Tests.Connector;

namespace MetricAssistant.Bot.Tests.Hosting;

public sealed class WelcomeLedgerTests
{
    [Fact]
    public async Task Updates_arriving_together_welcome_once()
    {
        var ledger = new WelcomeLedger(TimeProvider.System);
        using var start = new ManualResetEventSlim();
        var calls = Enumerable.Range(0, 64).Select(_ => Task.Run(() => { start.Wait(); return ledger.ShouldWelcome("conv"); })).ToArray();
        start.Set();
        var results = await Task.WhenAll(calls);
        Assert.Equal(1, results.Count(r => r));
    }

    [Fact]
    public void A_conversation_is_welcomed_again_after_the_quiet_period()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.Parse("2025-07-15T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var ledger = new WelcomeLedger(clock);
        Assert.True(ledger.ShouldWelcome("conv"));
        Assert.False(ledger.ShouldWelcome("conv"));
        Assert.True(ledger.ShouldWelcome("other"));
        clock.Advance(WelcomeLedger.Quiet + TimeSpan.FromSeconds(1));
        Assert.True(ledger.ShouldWelcome("conv"));
    }
}
