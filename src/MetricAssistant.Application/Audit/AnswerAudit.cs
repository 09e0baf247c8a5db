using System.Diagnostics;
using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Security;
using MetricAssistant.Application.Catalog;
using MetricAssistant.Application.Telemetry;

namespace MetricAssistant.Application.Audit;

/// <summary>Records every answer and refusal before it is returned, whichever door it leaves by.</summary>
public sealed class AnswerAudit(IAuditLog log, ICatalogProvider catalogs, TimeProvider time, AnswerTelemetry? telemetry = null, AnswerLog? answerLog = null)
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
        // Not cancellable on purpose: an answer that was computed is always recorded.
        await log.RecordAsync(entry, CancellationToken.None);
        answerLog?.Answered(door, answer, metric, entry.Question, entry.DurationMs);
        return answer;
    }

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
