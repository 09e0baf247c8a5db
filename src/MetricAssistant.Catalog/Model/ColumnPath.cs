namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A column reached from a model through zero or more joins, written "join.join.column"
/// (e.g. "orders.stores.region_code" from order_items). A column whose name needs it is written in double
/// quotes (<c>stores."Region Code"</c>); see <see cref="IdentifierPath"/>.
/// </summary>
public sealed record ColumnPath(IReadOnlyList<string> Joins, string Column)
{
    public static ColumnPath Parse(string text)
    {
        var trimmed = text.Trim();
        // Without quotes the text splits on dots as it always has; malformed quoting is kept as written, so validation
        // reports the unknown column with the text the author wrote.
        var parts = trimmed.Contains('"', StringComparison.Ordinal) && IdentifierPath.Split(trimmed) is ({ Count: > 0 } read, null)
            ? read.ToArray()
            : trimmed.Split('.');
        return new ColumnPath(parts[..^1], parts[^1]);
    }

    public bool Equals(ColumnPath? other) => other is not null && Column == other.Column && Joins.SequenceEqual(other.Joins);
    public override int GetHashCode() => HashCode.Combine(Column, string.Join('.', Joins));
    public override string ToString() => IdentifierPath.Join(Joins.Append(Column));
}
