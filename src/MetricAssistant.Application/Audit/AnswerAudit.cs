using System.Data.Common;
using System.Diagnostics;
using MetricAssistant.Application.Answers;
using Microsoft.Extensions.Logging;
using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Security;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Telemetry;

namespace MetricAssistant.Application.Audit;

/// <summary>Records every answer and refusal before it is returned, whichever door it leaves by.</summary>
/// <param name="logger">Where a failed audit write is reported (the answer it withheld is not logged).</param>
public sealed class AnswerAudit(IAuditLog log, ICatalogProvider catalogs, TimeProvider time, AnswerTelemetry? telemetry = null, AnswerLog? answerLog = null, ILogger<AnswerAudit>? logger = null)
{
    public async Task<Answer> RecordAsync(Answer answer, Caller? caller, string door, string? question, Stopwatch total, CancellationToken cancellationToken)
    {
        using var span = telemetry?.StartStage(AnswerStage.Audit).Status(answer.Status);
        var metric = answer.Metric?.Id ?? answer.Query?.Metrics?.FirstOrDefault();
        var entry = new AuditEntry(
            time.GetUtcNow(),
            caller?.UserId ?? "(unidentified)",
            caller?.Kind.ToString().ToLowerInvariant() ?? "none",
            door,
            question ?? answer.Question,
            answer.Status,
            metric,
            // The version computed (a pinned one when pinned), else the current one.
            answer.Metric?.Version ?? (metric is null ? null : catalogs.Current.FindMetric(metric)?.Version),
            answer.Sql,
            answer.Scope.Count == 0 ? null : JsonSerializer.Serialize(answer.Scope, ContractJson.Options),
            answer.Rows.Count,
            Math.Round(total.Elapsed.TotalMilliseconds, 3),
            answer.Error?.Code) { Replay = ReplayData(answer) };
        try
        {
            // Not cancellable on purpose: an answer that was computed is always recorded.
            await log.RecordAsync(entry, CancellationToken.None);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            // No answer leaves without its audit entry: when the trail cannot be written (its store is down or full),
            // the answer is withheld and the caller told so (503), rather than answered unrecorded.
            logger?.LogError(e, "The audit trail could not record a {Door} answer ({Status}); the answer was withheld.", door, answer.Status);
            span?.Status("audit_unavailable", failed: true);
            return AuditUnavailable(answer, total);
        }
        answerLog?.Answered(door, answer, metric, entry.Question, entry.DurationMs);
        return answer;
    }

    private static Answer AuditUnavailable(Answer withheld, Stopwatch total) =>
        AnswerFactory.Unavailable(
            new ErrorDto("audit_unavailable", "The answer could not be recorded in the audit trail, so it is not given. Try again shortly. / 审计记录暂时无法写入，因此不返回结果，请稍后再试。", []),
            withheld.Question,
            withheld.Timings with { TotalMs = Math.Round(total.Elapsed.TotalMilliseconds, 3) }) with { Query = withheld.Query, FollowUpOf = withheld.FollowUpOf };

    private AuditReplayData? ReplayData(Answer answer)
    {
        if (answer.Status != AnswerStatus.Answered || answer.Sql is null || answer.Execution is not { } run) return null;
        return new AuditReplayData(
            AuditParameters.Write(run.Parameters),
            JsonSerializer.Serialize(run.Columns, AuditJson.Options),
            run.Dialect,
            JsonSerializer.Serialize(run.MetricVersions, AuditJson.Options),
            catalogs.Revision,
            answer.Freshness is { } f ? AuditWatermark.Write(f) : null,
            AuditRows.Hash(answer.Rows));
    }
}
