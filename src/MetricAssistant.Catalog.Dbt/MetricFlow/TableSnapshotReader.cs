using MetricAssistant.Catalog.Dbt.Reading;
using MetricAssistant.Catalog.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Catalog.Dbt.MetricFlow;

/// <summary>
/// Reads MetricFlow's <c>table_snapshot:</c> files (column_definitions with TIME, STRING, FLOAT, INT, BOOLEAN and rows
/// of text) from a folder and its subfolders. A file that is not such a snapshot is returned as a problem.
/// </summary>
public static class TableSnapshotReader
{
    public static (IReadOnlyList<TableSnapshot> Tables, IReadOnlyList<string> Problems) ReadFolder(string directory)
    {
        var tables = new List<TableSnapshot>();
        var problems = new List<string>();
        if (!Directory.Exists(directory)) return ([], [$"{directory}: folder does not exist"]);
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(directory, file).Replace('\\', '/');
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(File.ReadAllText(file)));
                var snapshot = stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()
                    .Select(m => new DbtNode(name, m).Mapping("table_snapshot")).FirstOrDefault(s => s is not null);
                if (snapshot is null) { problems.Add($"{name}: no table_snapshot"); continue; }
                tables.Add(Read(snapshot, name));
            }
            catch (Exception e) when (e is YamlException or IOException or FormatException)
            {
                problems.Add($"{name}: {e.Message}");
            }
        }
        return (tables, problems);
    }

    /// <summary>Column types by (table, column), for the importer: dbt declares none.</summary>
    public static Func<string, string, ColumnType?> TypesOf(IReadOnlyList<TableSnapshot> tables) => (table, column) =>
        tables.FirstOrDefault(t => string.Equals(t.Name, table, StringComparison.OrdinalIgnoreCase))?.Columns
            .Where(c => string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase)).Select(c => (ColumnType?)c.Type).FirstOrDefault();

    private static TableSnapshot Read(DbtNode snapshot, string file)
    {
        var columns = snapshot.Mappings("column_definitions").Select(c => (c.String("name") ?? "", TypeOf(c.String("type") ?? ""))).ToList();
        var rows = new List<IReadOnlyList<string?>>();
        if (snapshot.Raw("rows") is YamlSequenceNode sequence)
            foreach (var row in sequence.Children.OfType<YamlSequenceNode>())
                rows.Add(row.Children.Select(v => v is YamlScalarNode s && !DbtNode.IsNull(s) ? s.Value : null).ToList());
        return new TableSnapshot(snapshot.String("table_name") ?? "", columns, rows, file);
    }

    private static ColumnType TypeOf(string word) => word.ToUpperInvariant() switch
    {
        "TIME" or "TIMESTAMP" => ColumnType.Timestamp,
        "DATE" => ColumnType.Date,
        "INT" or "INTEGER" or "BIGINT" => ColumnType.Integer,
        "FLOAT" or "DOUBLE" => ColumnType.Double,
        "DECIMAL" => ColumnType.Decimal,
        "BOOLEAN" or "BOOL" => ColumnType.Boolean,
        "STRING" or "VARCHAR" or "TEXT" => ColumnType.String,
        _ => throw new FormatException($"unknown column type '{word}'"),
    };
}
