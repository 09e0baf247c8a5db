using System.Text.Json.Serialization;

namespace MetricAssistant.Evals.Scoring;

/// <summary>
/// One case run: what was asked, what was expected, what came back, how it scored and how long <c>AskAsync</c> took.
/// A conversation's turn carries <see cref="Turn"/> (left out of the JSON for a single case, whose report stays as it was).
/// </summary>
public sealed record CaseResult(
    string Id,
    string Set,
    string File,
    string Lang,
    IReadOnlyList<string> Tags,
    string Question,
    string User,
    string Now,
    EvalExpectation Expected,
    ActualAnswer Actual,
    CaseScore Score,
    double LatencyMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EvalTurn? Turn = null);
