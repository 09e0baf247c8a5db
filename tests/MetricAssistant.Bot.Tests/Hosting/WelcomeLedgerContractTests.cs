using MetricAssistant.Application.Conversations;
using MetricAssistant.Bot.Tests.Connector;

namespace MetricAssistant.Bot.Tests.Hosting;

/// <summary>What every <see cref="IWelcomeLedger"/> must do, in the process and in the shared store: once per conversation and quiet period, even when asked at once.</summary>
public abstract class WelcomeLedgerContractTests
{
    private readonly ManualTimeProvider clock = new(DateTimeOffset.Parse("2025-07-15T02:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The clock every ledger of the test reads.</summary>
    protected TimeProvider Clock => clock;

    protected abstract void SkipIfUnavailable();

    /// <summary>A ledger on the same state as every other one this test opened (another replica, for the shared one).</summary>
    protected abstract IWelcomeLedger Open();

    [SkippableFact]
    public async Task Updates_arriving_together_welcome_once()
    {
        SkipIfUnavailable();
        var ledgers = new[] { Open(), Open() };
        using var start = new ManualResetEventSlim();
        var calls = Enumerable.Range(0, 32).Select(i => Task.Run(async () => { start.Wait(); return await ledgers[i % 2].ShouldWelcomeAsync("conv", CancellationToken.None); })).ToArray();
        start.Set();
        var results = await Task.WhenAll(calls);
        Assert.Equal(1, results.Count(r => r));
    }

    [SkippableFact]
    public async Task A_conversation_is_welcomed_again_after_the_quiet_period()
    {
        SkipIfUnavailable();
        var ledger = Open();
        Assert.True(await ledger.ShouldWelcomeAsync("conv", CancellationToken.None));
        Assert.False(await Open().ShouldWelcomeAsync("conv", CancellationToken.None));
        Assert.True(await ledger.ShouldWelcomeAsync("other", CancellationToken.None));
        clock.Advance(IWelcomeLedger.Quiet - TimeSpan.FromSeconds(1));
        Assert.False(await ledger.ShouldWelcomeAsync("conv", CancellationToken.None));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await Open().ShouldWelcomeAsync("conv", CancellationToken.None));
    }
}
