using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Dbt.Export;

/// <summary>
/// The names the dbt side needs and the catalog does not have: an entity per join (the target model's id when the
/// join meets its primary key) and a project-unique measure per (model, measure, time dimension) used by a metric.
/// </summary>
internal sealed class ExportNames
{
    private readonly Dictionary<(string Model, string Join), string> entities = [];
    private readonly Dictionary<(string Model, string Measure, string Time), string> measures = [];
    public Dictionary<string, List<(string Entity, string Column)>> UniqueEntities { get; } = new(StringComparer.Ordinal);

    public ExportNames(SemanticCatalog catalog)
    {
        foreach (var model in catalog.Models.Values)
        {
            var used = new HashSet<string>(StringComparer.Ordinal) { model.Id };
            foreach (var join in model.Joins)
            {
                var target = catalog.FindModel(join.Model);
                var name = target is not null && target.PrimaryKey == join.ToColumn ? join.Model : $"{join.Model}__{join.ToColumn}";
                if (!used.Add(name)) name = $"{name}__{join.Name}";
                entities[(model.Id, join.Name)] = name;
                if (target is not null && target.PrimaryKey != join.ToColumn)
                {
                    var list = UniqueEntities.TryGetValue(target.Id, out var l) ? l : UniqueEntities[target.Id] = [];
                    if (list.All(e => e.Entity != name)) list.Add((name, join.ToColumn));
                }
            }
        }
        var simple = catalog.Metrics.Values.SelectMany(m => m.Calculation.Simple is { } s ? [s] : m.Calculation.Inputs.Select(i => i.Inline).OfType<SimpleCalculation>())
            .Select(s => (s.Model, s.Measure, s.TimeDimension)).Distinct().OrderBy(k => k.Model, StringComparer.Ordinal).ThenBy(k => k.Measure, StringComparer.Ordinal).ThenBy(k => k.TimeDimension, StringComparer.Ordinal).ToList();
        // The plain measure name when only one (model, time) uses it, else qualified by model, then by time dimension.
        foreach (var key in simple)
        {
            var sameName = simple.Count(k => k.Measure == key.Measure);
            var sameModel = simple.Count(k => k.Measure == key.Measure && k.Model == key.Model);
            measures[key] = sameName == 1 ? key.Measure : sameModel == 1 ? $"{key.Model}__{key.Measure}" : $"{key.Model}__{key.Measure}__{key.TimeDimension}";
        }
    }

    public string Entity(string model, string join) => entities[(model, join)];

    public IEnumerable<((string Model, string Measure, string Time) Key, string Name)> MeasuresOf(string model) =>
        measures.Where(m => m.Key.Model == model).Select(m => (m.Key, m.Value));

    public string Measure(SimpleCalculation simple) => measures[(simple.Model, simple.Measure, simple.TimeDimension)];
}
