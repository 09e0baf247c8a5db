namespace MetricAssistant.Evals.Reports;

/// <summary>A case named by its set and id.</summary>
public sealed record CaseRef(string Set, string Id)
{
    public override string ToString() => $"{Id} ({Set})";
}
