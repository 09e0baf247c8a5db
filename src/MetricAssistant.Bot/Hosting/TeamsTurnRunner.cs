using System.Collections.Concurrent;
using MetricAssistant.Application.Hosting;
using MetricAssistant.Bot.Cards;
using MetricAssistant.Bot.Connector;
using MetricAssistant.Bot.Handling;
using MetricAssistant.Bot.Protocol;
using MetricAssistant.Application.Telemetry;
using MetricAssistant.Understanding.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Hosting;

/// <summary>
/// Runs turns off the request: a typing indicator first, then the answer, sent to the activity's
/// serviceUrl. At most <see cref="TeamsOptions.MaxConcurrentTurns"/> compute at once; past
/// <see cref="TeamsOptions.MaxPendingTurns"/> new turns are refused (the endpoint answers 503 and the channel retries).
/// A journaled turn (<see cref="ITurnJournal"/>) is marked complete once answered, or answered with an apology; one cut off
/// by the process stopping is left for another replica to claim.
/// </summary>
public sealed class TeamsTurnRunner : IDisposable
{
    private readonly TeamsTurnHandler handler;
    private readonly IConnectorClient connector;
    private readonly IOptionsMonitor<TeamsOptions> options;
    private readonly ILogger<TeamsTurnRunner> logger;
    private readonly CancellationToken stopping;
    private readonly SemaphoreSlim gate;
    private readonly ITurnJournal journal;
    private readonly ConcurrentDictionary<string, byte> running = new(StringComparer.Ordinal);
    private int pending;

    public TeamsTurnRunner(TeamsTurnHandler handler, IConnectorClient connector, ITurnJournal journal, IOptionsMonitor<TeamsOptions> options, ILogger<TeamsTurnRunner> logger,
        IHostApplicationLifetime lifetime, AnswerTelemetry? telemetry = null)
    {
        telemetry?.ObserveTeamsQueue(() => Pending);
        this.handler = handler;
        this.journal = journal;
        this.connector = connector;
        this.options = options;
        this.logger = logger;
        stopping = lifetime.ApplicationStopping;
        gate = new SemaphoreSlim(options.CurrentValue.MaxConcurrentTurns);
    }

    public int Pending => Volatile.Read(ref pending);

    /// <summary>Whether another turn would be taken now.</summary>
    public bool HasRoom => Pending < options.CurrentValue.MaxPendingTurns;

    /// <summary>The journal ids of the turns running here, whose leases this replica keeps.</summary>
    public IReadOnlyCollection<string> Running => [.. running.Keys];

    /// <summary>Starts the turn (journaled as <paramref name="journalId"/>, if at all); false when too many are pending.</summary>
    public bool TryStart(Activity activity, string publicBaseUrl, bool typing, string? journalId, out Task<TurnReply?> turn)
    {
        if (Interlocked.Increment(ref pending) > options.CurrentValue.MaxPendingTurns)
        {
            Interlocked.Decrement(ref pending);
            turn = Task.FromResult<TurnReply?>(null);
            return false;
        }
        // Not the request's token: the answer goes on after the endpoint has acknowledged.
        if (journalId is not null) running[journalId] = 0;
        turn = Task.Run(() => RunAsync(activity, publicBaseUrl, typing, journalId, stopping), CancellationToken.None);
        return true;
    }

    private async Task<TurnReply?> RunAsync(Activity activity, string publicBaseUrl, bool typing, string? journalId, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await AnswerAsync(activity, publicBaseUrl, typing, cancellationToken);
            if (journalId is not null && !cancellationToken.IsCancellationRequested) await CompleteAsync(journalId);
            return reply;
        }
        finally
        {
            if (journalId is not null) running.TryRemove(journalId, out _);
        }
    }

    private async Task CompleteAsync(string journalId)
    {
        try
        {
            await journal.CompleteAsync(journalId, CancellationToken.None);
        }
        catch (Exception e)
        {
            // The answer went out; at worst the lease lapses and another replica answers once more.
            logger.LogWarning(e, "Teams turn {Turn} could not be marked answered", journalId);
        }
    }

    private async Task<TurnReply?> AnswerAsync(Activity activity, string publicBaseUrl, bool typing, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl!;
        var conversation = activity.Conversation!.Id!;
        try
        {
            if (typing)
                _ = SendAsync(serviceUrl, conversation, activity.Id, ReplyFactory.Typing(activity), "typing", cancellationToken);
            TurnReply? reply;
            await gate.WaitAsync(cancellationToken);
            try
            {
                reply = await handler.HandleAsync(activity, publicBaseUrl, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
            if (reply is not null)
                await SendAsync(serviceUrl, conversation, activity.Id, ReplyFactory.Message(activity, CardElements.Attachment(reply.Card)), reply.Kind, cancellationToken);
            return reply;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            // A fault is logged with its detail; the user gets a plain apology, never the exception.
            logger.LogError(e, "Teams turn failed for conversation {Conversation}", conversation);
            var zh = LanguageDetector.Of(activity.Text ?? "", activity.Locale) == "zh";
            var apology = CatalogCardBuilder.Notice(zh ? "抱歉，这次没能回答，请稍后再试。" : "Sorry, I could not answer that just now. Please try again in a moment.", "attention");
            await SendAsync(serviceUrl, conversation, activity.Id, ReplyFactory.Message(activity, CardElements.Attachment(apology)), "error", CancellationToken.None);
            return null;
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }

    private async Task SendAsync(string serviceUrl, string conversation, string? replyToId, System.Text.Json.Nodes.JsonObject reply, string kind, CancellationToken cancellationToken)
    {
        try
        {
            var result = await connector.SendAsync(serviceUrl, conversation, replyToId, reply, cancellationToken);
            if (!result.Succeeded)
                logger.LogWarning("Teams {Kind} reply to {Conversation} failed after {Attempts} attempt(s): {Status} {Error}", kind, conversation, result.Attempts, result.StatusCode, result.Error);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Teams {Kind} reply to {Conversation} failed", kind, conversation);
        }
    }

    public void Dispose() => gate.Dispose();
}
