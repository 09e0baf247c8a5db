using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Compiler.Plans;

/// <summary>
/// Where a model holds an entity's key: its own primary key when it is the entity's model, else the column of the
/// shortest chain of many-to-one joins that ends at the entity's model (the last join's own column, so the entity's
/// table is never read for its key).
/// </summary>
public static class EntityKeys
{
    private const int MaxHops = 3;

    public static ColumnPath? Find(SemanticCatalog catalog, SemanticModel from, SemanticModel entity)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(entity);
        if (from.Id == entity.Id) return new ColumnPath([], entity.PrimaryKey);
        var frontier = new List<(SemanticModel Model, string[] Joins)> { (from, []) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { from.Id };
        for (var hop = 0; hop < MaxHops && frontier.Count > 0; hop++)
        {
            var next = new List<(SemanticModel, string[])>();
            foreach (var (model, joins) in frontier)
            {
                // Joins in name order, so that the same catalog always gives the same path.
                foreach (var join in model.Joins.OrderBy(j => j.Name, StringComparer.Ordinal))
                {
                    if (join.Model == entity.Id && join.ToColumn == entity.PrimaryKey) return new ColumnPath(joins, join.FromColumn);
                    if (catalog.FindModel(join.Model) is { } target && seen.Add(target.Id)) next.Add((target, [.. joins, join.Name]));
                }
            }
            frontier = next;
        }
        return null;
    }
}
