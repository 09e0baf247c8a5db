using MetricAssistant.Application.Conversations;
using MetricAssistant.Bot.Hosting;

namespace MetricAssistant.Bot.Tests.Hosting;

/// <summary>The contract on the in-process ledger (one instance, no shared store).</summary>
public sealed class InProcessWelcomeLedgerTests : WelcomeLedgerContractTests
{
    private WelcomeLedger? ledger;

    protected override void SkipIfUnavailable() { }

    protected override IWelcomeLedger Open() => ledger ??= new WelcomeLedger(Clock);
}
