using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Lineage;

/// <summary>
/// What a <c>table</c> parameter names, tried in order: a model id, a model's warehouse table, an upstream table of a
/// model's or metric's <c>lineage:</c> block (the models it feeds). Case is ignored.
/// </summary>
public static class TableMatcher
{
    public const string Model = "model";
    public const string Table = "table";
    public const string Upstream = "upstream";

    public static ImpactTarget? Match(SemanticCatalog catalog, string name)
    {
        if (catalog.Models.Values.FirstOrDefault(m => Same(m.Id, name)) is { } model) return new ImpactTarget(Model, model.Id, [model.Id], null);
        var tables = catalog.Models.Values.Where(m => Same(m.Table.ToString(), name)).Select(m => m.Id).ToArray();
        if (tables.Length > 0) return new ImpactTarget(Table, name, tables, null);
        var fed = catalog.Models.Values.Where(m => m.Lineage?.UpstreamTables.Any(t => Same(t, name)) == true).Select(m => m.Id).ToArray();
        var upstream = catalog.Models.Values.SelectMany(m => m.Lineage?.UpstreamTables ?? [])
            .Concat(catalog.Metrics.Values.SelectMany(m => m.Lineage?.UpstreamTables ?? []))
            .FirstOrDefault(t => Same(t, name));
        return upstream is null ? null : new ImpactTarget(Upstream, upstream, fed, null);
    }

    /// <summary>Every name a <c>table</c> parameter may use, for did-you-mean.</summary>
    public static IEnumerable<string> Names(SemanticCatalog catalog) =>
        catalog.Models.Values.Select(m => m.Id)
            .Concat(catalog.Models.Values.Select(m => m.Table.ToString()))
            .Concat(catalog.Models.Values.SelectMany(m => m.Lineage?.UpstreamTables ?? []))
            .Concat(catalog.Metrics.Values.SelectMany(m => m.Lineage?.UpstreamTables ?? []))
            .Distinct(StringComparer.Ordinal);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
