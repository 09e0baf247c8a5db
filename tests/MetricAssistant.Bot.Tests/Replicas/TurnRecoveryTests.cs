using System.Net.Http.Json;
using MetricAssistant.Bot.Tests.Endpoint;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Bot.Tests.Replicas;

/// <summary>
/// A Teams message accepted by a replica that dies before answering is answered by another: the turn is journaled in the
/// shared store before the channel hears 200, its owner renews a short lease while it runs, and once the lease lapses
/// another replica claims it. The channel's retry landing on the other replica meanwhile is not answered twice.
/// </summary>
public sealed class TurnRecoveryTests
{
    private static readonly Dictionary<string, string> Fast = new()
    {
        ["Teams:TurnLeaseSeconds"] = "2",
        ["Teams:TurnRecoveryIntervalMs"] = "200",
        ["Teams:AcknowledgeWithinMs"] = "300",
    };

    [SkippableFact]
    public async Task A_message_accepted_by_a_replica_that_dies_mid_turn_is_answered_by_the_other_once()
    {
        ReplicaPair.SkipIfUnavailable();
        var shared = PostgresServer.Instance.CreateDatabase("ma_turns");
        var a = new ReplicaFactory(shared, Fast);
        using var b = new ReplicaFactory(shared, Fast);
        try
        {
            (await a.CreateClient().GetAsync("/api/metrics?user=ceo")).EnsureSuccessStatusCode();
            (await b.CreateClient().GetAsync("/api/metrics?user=ceo")).EnsureSuccessStatusCode();
            // A computes the answer but never gets it out: it hangs sending, as a replica about to die would.
            a.Connector.Gate = new TaskCompletionSource();
            var conversation = $"a:turn-{Guid.NewGuid():N}";
            var message = Activities.Message("上个月的GMV", conversationId: conversation);

            using (var accepted = await a.CreateClient().PostAsJsonAsync("/api/messages", message)) Assert.True(accepted.IsSuccessStatusCode);
            // The channel's retry of the same activity lands on B: acknowledged, not answered again.
            using (var retry = await b.CreateClient().PostAsJsonAsync("/api/messages", message)) Assert.True(retry.IsSuccessStatusCode);
            // A is alive and renews its lease: past the lease B still leaves the turn alone.
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Empty(b.Connector.Messages(conversation));

            a.Dispose();

            var card = await b.Connector.NextMessageAsync(conversation, timeoutMs: 20_000);
            Assert.Contains("GMV", card.ToJsonString());
            await Task.Delay(TimeSpan.FromSeconds(3));
            Assert.Single(b.Connector.Messages(conversation));
            Assert.Empty(a.Connector.Messages(conversation));
        }
        finally
        {
            a.Dispose();
        }
    }
}
