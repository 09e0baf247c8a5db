namespace MetricAssistant.Application.Telemetry;

/// <summary>
/// The names exporters subscribe to and the tags spans and measurements carry. Tags name metrics, stages and
/// outcomes only: never a question's text, a row value or a bound parameter.
/// </summary>
public static class TelemetryNames
{
    /// <summary>The product's one ActivitySource and one Meter.</summary>
    public const string Source = "MetricAssistant";

    public const string Stage = "metricassistant.stage";
    public const string Status = "metricassistant.status";
    public const string Door = "metricassistant.door";
    public const string MetricIds = "metricassistant.metric_ids";
    public const string Outcome = "metricassistant.outcome";
    public const string RowCount = "metricassistant.row_count";
    public const string Cache = "metricassistant.cache";
    public const string DbSystem = "db.system.name";

    /// <summary>The stage as spans and series name it (lower case, stable).</summary>
    public static string Of(AnswerStage stage) => stage switch
    {
        AnswerStage.Read => "read",
        AnswerStage.Clarify => "clarify",
        AnswerStage.Authorise => "authorise",
        AnswerStage.Compile => "compile",
        AnswerStage.Execute => "execute",
        AnswerStage.Narrate => "narrate",
        AnswerStage.Audit => "audit",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
