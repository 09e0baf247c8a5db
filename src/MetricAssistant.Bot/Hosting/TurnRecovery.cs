using System.Text;
using MetricAssistant.Application.Hosting;
using MetricAssistant.Bot.Handling;
using MetricAssistant.Bot.Protocol;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Hosting;

/// <summary>
/// Every <see cref="TeamsOptions.TurnRecoveryIntervalMs"/>: renews this replica's leases on the turns it runs, then claims
/// turns whose replica stopped renewing (it died mid-turn) and answers them here, while there is room. On the embedded
/// default the journal keeps nothing and this finds nothing.
/// </summary>
public sealed class TurnRecovery(ITurnJournal journal, TeamsTurnRunner runner, IOptionsMonitor<TeamsOptions> options, TimeProvider time, ILogger<TurnRecovery> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            try
            {
                await RecoverAsync(TimeSpan.FromSeconds(settings.TurnLeaseSeconds), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The shared store is unreachable for a moment: try again next round.
                logger.LogWarning(e, "Teams turn recovery failed; retrying in {Interval} ms", settings.TurnRecoveryIntervalMs);
            }
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(settings.TurnRecoveryIntervalMs), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One round: renew, then claim and start abandoned turns while there is room.</summary>
    public async Task RecoverAsync(TimeSpan lease, CancellationToken cancellationToken)
    {
        await journal.RenewAsync(runner.Running, lease, cancellationToken);
        while (runner.HasRoom && await journal.ClaimAbandonedAsync(lease, cancellationToken) is { } turn)
        {
            var (activity, error) = ActivityReader.Read(Encoding.UTF8.GetBytes(turn.Payload));
            if (activity is null)
            {
                logger.LogError("Journaled Teams turn {Turn} is not a valid activity ({Error}); dropped", turn.Id, error);
                await journal.CompleteAsync(turn.Id, cancellationToken);
                continue;
            }
            logger.LogWarning("Answering Teams turn {Turn} of conversation {Conversation}, abandoned by its replica (attempt {Attempt})",
                turn.Id, activity.Conversation?.Id, turn.Attempts);
            // No typing indicator: the user saw one from the replica that died.
            runner.TryStart(activity, turn.PublicBaseUrl, typing: false, turn.Id, out _);
        }
    }
}
