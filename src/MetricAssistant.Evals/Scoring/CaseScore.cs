namespace MetricAssistant.Evals.Scoring;

/// <summary>
/// The judgments on one case. Null means "not measured for this case": <see cref="MetricRight"/>,
/// <see cref="Parameters"/> and <see cref="QueryRight"/> only for expected <c>answered</c>;
/// <see cref="AlternativesRight"/> only when the case lists alternatives; <see cref="ExecutionMatch"/>
/// only for answered cases whose status and metric are right. <see cref="Passed"/>: everything the case
/// expects is met (status, the full query, the alternatives); the execution match is reported beside it.
/// </summary>
public sealed record CaseScore(
    bool Passed,
    bool StatusRight,
    bool? MetricRight,
    ParameterScores? Parameters,
    bool? QueryRight,
    bool? AlternativesRight,
    IReadOnlyList<string> MissingAlternatives,
    bool? ExecutionMatch = null,
    string? ExecutionDetail = null);
