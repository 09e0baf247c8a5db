namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A column reached from a model through zero or more joins, written "join.join.column"
/// (e.g. "orders.stores.region_code" from order_items).
/// </summary>
public sealed record ColumnPath(IReadOnlyList<string> Joins, string Column)
{
    public static ColumnPath Parse(string text)
    {
        var parts = text.Trim().Split('.');
        return new ColumnPath(parts[..^1], parts[^1]);
    }

    public bool Equals(ColumnPath? other) => other is not null && Column == other.Column && Joins.SequenceEqual(other.Joins);
    public override int GetHashCode() => HashCode.Combine(Column, string.Join('.', Joins));
    public override string ToString() => Joins.Count == 0 ? Column : $"{string.Join('.', Joins)}.{Column}";
}
