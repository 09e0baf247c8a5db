using System.Text.Json.Nodes;
using System.Security.Cryptography;
using System.Text;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Hosting;
using MetricAssistant.Bot.Authentication;
using MetricAssistant.Bot.Connector;
using MetricAssistant.Bot.Handling;
using MetricAssistant.Bot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MetricAssistant.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the Bot Framework messaging endpoint. Order matters: the body is read
/// (bounded) and parsed, the Connector's token checked (outside demo mode and the simulator setting, no token is a
/// 401), the serviceUrl checked against the allow-list (403), and only then anything is processed; the reply goes
/// to the activity's serviceUrl, and the endpoint acknowledges within a bounded wait.
/// </summary>
public static class BotEndpoints
{
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/messages", HandleAsync).WithTags("teams").DisableAntiforgery();
        return routes;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IConnectorAuthenticator authenticator, ServiceUrlGuard guard, TeamsTurnRunner runner, ITurnJournal journal, IWelcomeLedger welcome, ConversationRosters rosters,
        IOptionsMonitor<TeamsOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var logger = loggers.CreateLogger("MetricAssistant.Bot.Messages");
        var authorization = http.Request.Headers.Authorization.ToString();
        var body = await BoundedBody.ReadAsync(http.Request, settings.MaxActivityBytes, cancellationToken);
        if (body is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large", detail: $"An activity may be at most {settings.MaxActivityBytes} bytes.");

        var (activity, error) = ActivityReader.Read(body);
        if (activity is null)
        {
            // Without a token nothing is said about the body: an anonymous caller learns only that it must authenticate.
            if (!authenticator.AcceptsUnauthenticated && string.IsNullOrEmpty(authorization))
                return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a valid activity", detail: error);
        }

        var auth = await authenticator.AuthenticateAsync(string.IsNullOrEmpty(authorization) ? null : authorization, activity.ServiceUrl, activity.ChannelId, cancellationToken);
        if (!auth.Succeeded)
        {
            logger.LogWarning("Rejected a {Type} activity: {Status} {Reason}", activity.Type, auth.StatusCode, auth.Reason);
            return TypedResults.Problem(statusCode: auth.StatusCode is 403 ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized,
                title: auth.StatusCode is 403 ? "Forbidden" : "Unauthorized");
        }
        // Even a serviceUrl the token vouches for must be one replies may go to: nothing is processed for another.
        if (!string.IsNullOrEmpty(activity.ServiceUrl) && !guard.Allows(activity.ServiceUrl, out var refused))
        {
            logger.LogWarning("Rejected a {Type} activity: {Refused}", activity.Type, refused);
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: "The activity's serviceUrl is not an allowed Connector address.");
        }

        // Members came or went: a shared conversation's roster (and so what may be shown there) is read again.
        if (activity.Type == ActivityTypes.ConversationUpdate && (activity.MembersAdded is { Count: > 0 } || activity.MembersRemoved is { Count: > 0 }))
            rosters.Forget(activity.Conversation!.Id!);

        var start = activity.Type switch
        {
            ActivityTypes.Message => true,
            ActivityTypes.Invoke => activity.Name == "adaptiveCard/action",
            ActivityTypes.InstallationUpdate => activity.Action is null or "add" or "add-upgrade",
            ActivityTypes.ConversationUpdate => activity.MembersAdded is { Count: > 0 } added && added.Any(m => m.Id == activity.Recipient!.Id || m.Id == activity.From!.Id),
            _ => false,
        };
        // The ledger is asked last: only an update that would welcome claims the conversation's welcome.
        if (start && activity.Type is ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate)
            start = await welcome.ShouldWelcomeAsync(activity.Conversation!.Id!, cancellationToken);
        if (activity.Type == ActivityTypes.Invoke && !start)
            return TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        if (!start)
            return TypedResults.Ok();

        var baseUrl = string.IsNullOrWhiteSpace(settings.PublicBaseUrl) ? $"{http.Request.Scheme}://{http.Request.Host}" : settings.PublicBaseUrl.TrimEnd('/');
        string? journalId = null;
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            // Journaled before the acknowledgement: once the channel hears 200 the turn survives this replica.
            journalId = TurnId(activity);
            bool accepted;
            try
            {
                accepted = await journal.AcceptAsync(journalId, Encoding.UTF8.GetString(body), baseUrl, TimeSpan.FromSeconds(settings.TurnLeaseSeconds), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not journal a Teams turn; refused so the channel retries");
                return Busy(http, "The turn could not be recorded; the channel will retry.");
            }
            // The channel retried a turn already accepted (here or on another replica): it is answered once, there.
            if (!accepted) return Acknowledge(activity);
        }
        if (!runner.TryStart(activity, baseUrl, typing: activity.Type == ActivityTypes.Message, journalId, out var turn))
        {
            if (journalId is not null) await journal.ReleaseAsync(journalId, CancellationToken.None);
            return Busy(http, "Too many questions at once; the channel will retry.");
        }
        // A bounded wait: fast answers are sent before the acknowledgement, slow ones finish in the background.
        await Task.WhenAny(turn, Task.Delay(settings.AcknowledgeWithinMs, CancellationToken.None));
        return Acknowledge(activity);
    }

    private static IResult Busy(HttpContext http, string detail)
    {
        http.Response.Headers.RetryAfter = "2";
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: detail);
    }

    private static IResult Acknowledge(Activity activity) => activity.Type == ActivityTypes.Invoke
        ? TypedResults.Json(new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = "application/vnd.microsoft.activity.message",
            ["value"] = "ok",
        }, statusCode: StatusCodes.Status200OK)
        : TypedResults.Ok();

    /// <summary>A retried activity has the same id in the same conversation; one without an id cannot be told from a new one.</summary>
    private static string TurnId(Activity activity) => string.IsNullOrEmpty(activity.Id)
        ? Guid.NewGuid().ToString("N")
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{activity.ChannelId}\n{activity.Conversation!.Id}\n{activity.Id}")));
}
