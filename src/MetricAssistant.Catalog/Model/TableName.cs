namespace MetricAssistant.Catalog.Model;

/// <summary>
/// A warehouse table as a model names it: <c>orders</c>, <c>dwd.orders</c> or <c>analytics.dwd.orders</c>
/// (catalog or database, schema, table). Parts are exact names; each dialect quotes them its own way.
/// </summary>
public sealed record TableName
{
    public const int MaxParts = 3;

    private TableName(string? catalog, string? schema, string name)
    {
        Catalog = catalog;
        Schema = schema;
        Name = name;
    }

    /// <summary>The catalog (DuckDB's attached database, PostgreSQL's database); only with a schema.</summary>
    public string? Catalog { get; }

    public string? Schema { get; }

    public string Name { get; }

    /// <summary>Catalog, schema and table, leaving out the parts not given.</summary>
    public IReadOnlyList<string> Parts => new[] { Catalog, Schema, Name }.OfType<string>().ToArray();

    public bool IsQualified => Schema is not null;

    /// <summary>An unqualified table.</summary>
    public static TableName Of(string name) => Of(null, null, name);

    public static TableName Of(string? catalog, string? schema, string name)
    {
        if (string.IsNullOrEmpty(name)) throw new ArgumentException("a table name cannot be empty", nameof(name));
        if (catalog is not null && schema is null) throw new ArgumentException("a catalog needs a schema", nameof(catalog));
        if (schema is "" || catalog is "") throw new ArgumentException("a catalog or schema cannot be empty", nameof(schema));
        return new TableName(catalog, schema, name);
    }

    /// <summary>Reads "table", "schema.table" or "catalog.schema.table"; <c>error</c> says precisely what is wrong otherwise.</summary>
    public static bool TryParse(string? text, out TableName? name, out string? error)
    {
        name = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the table name is empty";
            return false;
        }
        var (parts, problem) = IdentifierPath.Split(text.Trim());
        if (problem is null && parts.Count > MaxParts)
            problem = $"it has {parts.Count} parts; a table is written table, schema.table or catalog.schema.table (at most {MaxParts} parts)";
        error = problem;
        if (problem is not null) return false;
        name = parts.Count switch
        {
            1 => new TableName(null, null, parts[0]),
            2 => new TableName(null, parts[0], parts[1]),
            _ => new TableName(parts[0], parts[1], parts[2]),
        };
        return true;
    }

    public static TableName Parse(string text) =>
        TryParse(text, out var name, out var error) ? name! : throw new FormatException($"'{text}' is not a table name: {error}");

    /// <summary>The catalog's own spelling, which <see cref="Parse"/> reads back: "dwd.orders", <c>dwd."Order Lines"</c>.</summary>
    public override string ToString() => IdentifierPath.Join(Parts);
}
