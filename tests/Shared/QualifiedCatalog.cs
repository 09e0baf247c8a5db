using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>
/// The repository's catalog with orders and stores moved to schema-qualified tables whose names and columns need
/// quoting: orders in <c>dwd.orders</c> with its paid amount in the column <c>"Pay Amount"</c>, stores in
/// <c>&lt;catalog&gt;.dwd."Store List"</c> with the region in <c>"Region Code"</c>. Everything else is unchanged, so its
/// answers equal the unqualified catalog's on a warehouse holding those copies (<see cref="CopySql"/>).
/// </summary>
public static class QualifiedCatalog
{
    public const string Schema = "dwd";
    public const string StoresTable = "Store List";

    public static SemanticCatalog Load(string catalogPart)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"ma-qualified-{Guid.NewGuid():N}");
        try
        {
            Copy(Path.Combine(TestRepository.Root, "catalog"), directory);
            var models = Path.Combine(directory, "models");
            Edit(Path.Combine(models, "orders.yaml"),
                ("table: orders", $"table: {Schema}.orders"),
                ("{ name: pay_amount, type: decimal }", "{ name: Pay Amount, type: decimal }"),
                ("expr: pay_amount,", "expr: '\"Pay Amount\"',"));
            Edit(Path.Combine(models, "stores.yaml"),
                ("table: stores", $"table: {catalogPart}.{Schema}.\"{StoresTable}\""),
                ("{ name: region_code, type: string }", "{ name: Region Code, type: string }"),
                ("from: region_code, to: region_code", "from: Region Code, to: region_code"),
                ("region: region_code", "region: '\"Region Code\"'"));
            foreach (var file in Directory.GetFiles(models, "*.yaml"))
            {
                var text = File.ReadAllText(file);
                if (text.Contains("stores.region_code", StringComparison.Ordinal)) File.WriteAllText(file, text.Replace("stores.region_code", "stores.\"Region Code\"", StringComparison.Ordinal));
            }
            var result = new CatalogLoader().Load(directory);
            return result.Catalog ?? throw new InvalidOperationException("the qualified catalog has problems:\n" + string.Join("\n", result.Problems));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Statements that make the copies from the demo tables, the same on DuckDB and PostgreSQL.</summary>
    public static IReadOnlyList<string> CopySql =>
    [
        $"CREATE SCHEMA IF NOT EXISTS {Schema}",
        $"CREATE TABLE {Schema}.orders AS SELECT * FROM orders",
        $"ALTER TABLE {Schema}.orders RENAME COLUMN pay_amount TO \"Pay Amount\"",
        $"CREATE TABLE {Schema}.\"{StoresTable}\" AS SELECT * FROM stores",
        $"ALTER TABLE {Schema}.\"{StoresTable}\" RENAME COLUMN region_code TO \"Region Code\"",
    ];

    private static void Edit(string file, params (string Old, string New)[] edits)
    {
        var text = File.ReadAllText(file);
        foreach (var (old, @new) in edits)
        {
            if (!text.Contains(old, StringComparison.Ordinal)) throw new InvalidOperationException($"'{old}' is not in {file}: the demo catalog changed");
            text = text.Replace(old, @new, StringComparison.Ordinal);
        }
        File.WriteAllText(file, text);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(from)) Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
