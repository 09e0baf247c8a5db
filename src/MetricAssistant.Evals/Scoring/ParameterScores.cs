namespace MetricAssistant.Evals.Scoring;

/// <summary>Which parameters of the expected query the answer's query got right.</summary>
public sealed record ParameterScores(bool Metrics, bool GroupBy, bool Filters, bool TimeRange, bool Grain, bool OrderBy, bool Limit, bool Compare)
{
    /// <summary>The parameter names, in the contract's order (the query's field names).</summary>
    public static readonly IReadOnlyList<string> Names = EvalVocabulary.QueryFields;

    public static readonly ParameterScores AllWrong = new(false, false, false, false, false, false, false, false);

    public bool All => Items().All(i => i.Right);

    public IEnumerable<(string Name, bool Right)> Items()
    {
        yield return ("metrics", Metrics);
        yield return ("groupBy", GroupBy);
        yield return ("filters", Filters);
        yield return ("timeRange", TimeRange);
        yield return ("grain", Grain);
        yield return ("orderBy", OrderBy);
        yield return ("limit", Limit);
        yield return ("compare", Compare);
    }

    public IReadOnlyList<string> Wrong() => Items().Where(i => !i.Right).Select(i => i.Name).ToArray();
}
