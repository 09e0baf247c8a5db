namespace MetricAssistant.QueryModel;

/// <summary>A restriction on a dimension's codes ("region in [east]").</summary>
public sealed record QueryFilter(string Dimension, QueryFilterOperator Operator, IReadOnlyList<string> Values)
{
    public bool Equals(QueryFilter? other) =>
        other is not null && Dimension == other.Dimension && Operator == other.Operator && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => HashCode.Combine(Dimension, Operator, string.Join('\u001f', Values));
}
