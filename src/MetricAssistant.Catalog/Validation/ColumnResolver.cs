using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>Resolves a column path such as "orders.stores.region_code" from a model by following its joins.</summary>
internal static class ColumnResolver
{
    private const int MaxJoinDepth = 3;

    /// <summary>
    /// The column the path reaches, or null after reporting the first step that fails. A path that runs into a
    /// join whose target model is unknown returns null silently: the join rule reports that model.
    /// </summary>
    public static ColumnDefinition? Resolve(CatalogDraft draft, SemanticModel from, ColumnPath path, SourceLocation at,
        ProblemSink problems, string usage)
    {
        if (path.Column.Length == 0 && path.Joins.Count == 0) return null; // the reader reported the missing field
        var model = from;
        foreach (var joinName in path.Joins)
        {
            var join = model.FindJoin(joinName);
            if (join is null)
            {
                problems.Add(at, CatalogProblemCodes.UnknownJoin, $"unknown join '{joinName}' of model '{model.Id}' in {usage} '{path}'",
                    DidYouMean.Suggest(joinName, model.Joins.Select(j => j.Name)));
                return null;
            }
            if (draft.Model(join.Model) is not { } target) return null;
            model = target;
        }

        var column = model.FindColumn(path.Column);
        if (column is null)
        {
            var suggestion = DidYouMean.Suggest(path.Column, model.Columns.Select(c => c.Name))
                ?? (path.Joins.Count == 0 ? ReachableSuggestion(draft, model, path.Column) : null);
            problems.Add(at, CatalogProblemCodes.UnknownColumn, $"unknown column '{path.Column}' of model '{model.Id}' in {usage} '{path}'", suggestion);
        }
        return column;
    }

    /// <summary>The column under the same name through a join ("region_code" → "orders.stores.region_code").</summary>
    private static string? ReachableSuggestion(CatalogDraft draft, SemanticModel model, string column)
    {
        var frontier = new List<(SemanticModel Model, string Prefix)> { (model, "") };
        for (var depth = 0; depth < MaxJoinDepth; depth++)
        {
            var next = new List<(SemanticModel, string)>();
            foreach (var (current, prefix) in frontier)
            {
                foreach (var join in current.Joins)
                {
                    if (draft.Model(join.Model) is not { } target) continue;
                    var joined = $"{prefix}{join.Name}.";
                    if (target.FindColumn(column) is not null) return $"did you mean '{joined}{column}'?";
                    next.Add((target, joined));
                }
            }
            frontier = next;
        }
        return null;
    }
}
