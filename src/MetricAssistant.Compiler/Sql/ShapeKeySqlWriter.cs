using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Plans;

namespace MetricAssistant.Compiler.Sql;

/// <summary>The key expressions of a plan's time groups and entities over one model's rows, in key order (tg0…, en0…).</summary>
internal sealed class ShapeKeySqlWriter(SemanticCatalog catalog, SqlDialect dialect, QueryPlan plan, ComponentSqlWriter shared)
{
    /// <param name="metricTime">The rows' metric time as the component reads it (moved forward for an offset input).</param>
    public IEnumerable<string> Keys(JoinGraph graph, SemanticModel model, string metricTime)
    {
        foreach (var t in plan.TimeGroups)
        {
            var source = t.MetricTime
                ? metricTime
                : graph.Column((model.FindTimeDimension(t.Group.TimeDimension!) ?? throw new InvalidOperationException($"model '{model.Id}' has no time dimension '{t.Group.TimeDimension}'")).Column).Sql;
            yield return t.Group.Part is { } part ? dialect.DatePart(part, source) : shared.PeriodSql(t.Group.Grain!.Value, source, null);
        }
        foreach (var e in plan.Entities)
            yield return graph.Column(EntityKeys.Find(catalog, model, e.Model) ?? throw new InvalidOperationException($"model '{model.Id}' cannot reach entity '{e.Id}'")).Sql;
    }
}
