using System.Globalization;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Sql;

/// <summary>
/// The FROM clause of one component: its model's table as t0 and one LEFT JOIN per join path used.
/// Every join is many-to-one, so the component's rows are never multiplied.
/// </summary>
internal sealed class JoinGraph(SemanticCatalog catalog, SemanticModel root, SqlDialect dialect)
{
    public const string RootAlias = "t0";
    private readonly Dictionary<string, (string Alias, SemanticModel Model)> joined = new(StringComparer.Ordinal);
    private readonly List<string> clauses = [];

    /// <summary>The column's SQL ("j1"."region_code") and its type, joining what the path needs.</summary>
    public (string Sql, ColumnType Type) Column(ColumnPath path)
    {
        var alias = RootAlias;
        var model = root;
        var key = "";
        foreach (var joinName in path.Joins)
        {
            var join = model.FindJoin(joinName) ?? throw new InvalidOperationException($"model '{model.Id}' has no join '{joinName}'");
            key = key.Length == 0 ? joinName : key + "." + joinName;
            if (!joined.TryGetValue(key, out var target))
            {
                var targetModel = catalog.FindModel(join.Model) ?? throw new InvalidOperationException($"unknown model '{join.Model}'");
                target = ($"j{(joined.Count + 1).ToString(CultureInfo.InvariantCulture)}", targetModel);
                joined[key] = target;
                clauses.Add($"LEFT JOIN {dialect.Table(targetModel.Table)} AS {target.Alias} ON {target.Alias}.{dialect.Quote(join.ToColumn)} = {alias}.{dialect.Quote(join.FromColumn)}");
            }
            (alias, model) = target;
        }
        var column = model.FindColumn(path.Column) ?? throw new InvalidOperationException($"model '{model.Id}' has no column '{path.Column}'");
        return ($"{alias}.{dialect.Quote(column.Name)}", column.Type);
    }

    public string From => $"{dialect.Table(root.Table)} AS {RootAlias}";

    public IEnumerable<string> Joins => clauses;
}
