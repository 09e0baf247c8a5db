using System.Collections.Concurrent;

namespace MetricAssistant.Catalog.Model;

/// <summary>
/// What every metric of a catalog reaches (<see cref="MetricReach"/>), worked out once per metric, when it is first
/// asked for, so that access checks, the compiler and the catalog views ask the catalog instead of re-expanding
/// metrics. Worked out on demand rather than for every metric at once: a 100k-metric catalog's start asked for the
/// successor of one deprecated metric and paid about 0.5 s of CPU for all of them. Its answers do not change (each
/// metric's reach is a function of the definitions); read through <see cref="SemanticCatalog.Reach"/>. Thread-safe.
/// </summary>
public sealed class CatalogReach
{
    private readonly SemanticCatalog catalog;
    private readonly ConcurrentDictionary<string, MetricReach> worked = new(StringComparer.Ordinal);
    // The definitions it is worked out from: a catalog copied with other definitions needs its own.
    private readonly object modelsSource, dimensionsSource, metricsSource;

    private CatalogReach(SemanticCatalog catalog)
    {
        this.catalog = catalog;
        modelsSource = catalog.Models;
        dimensionsSource = catalog.Dimensions;
        metricsSource = catalog.Metrics;
    }

    /// <summary>How many metrics' reach has been worked out so far (the rest are worked out when asked for).</summary>
    public int WorkedOut => worked.Count;

    /// <summary>The reach of a metric of this catalog, or null for an id it does not have.</summary>
    public MetricReach? For(string metricId) =>
        worked.TryGetValue(metricId, out var reach) ? reach
        : catalog.Metrics.TryGetValue(metricId, out var metric) ? worked.GetOrAdd(metricId, _ => Of(catalog, metric))
        : null;

    /// <summary>The reach of a metric of this catalog (asking about another catalog's metric is a bug).</summary>
    public MetricReach For(MetricDefinition metric) =>
        For(metric.Id) ?? throw new ArgumentException($"metric '{metric.Id}' is not in this catalog", nameof(metric));

    internal bool IsOf(SemanticCatalog catalog) =>
        ReferenceEquals(modelsSource, catalog.Models) && ReferenceEquals(dimensionsSource, catalog.Dimensions) && ReferenceEquals(metricsSource, catalog.Metrics);

    internal static CatalogReach Build(SemanticCatalog catalog) => new(catalog);

    private static MetricReach Of(SemanticCatalog catalog, MetricDefinition metric)
    {
        var models = ModelsRead(catalog, metric);
        var dimensions = catalog.Dimensions.Keys.Where(d => models.All(m => m.FindDimension(d) is not null)).Order(StringComparer.Ordinal).ToArray();
        return new MetricReach(metric, models, InputsOf(catalog, metric), dimensions, Successor(catalog, metric));
    }

    /// <summary>
    /// The models in the order the compiler meets them: a ratio's numerator before its denominator, a derived
    /// metric's inputs as its expression names them. A metric met again on its own path (a cycle the
    /// validation reports) is not followed.
    /// </summary>
    private static IReadOnlyList<SemanticModel> ModelsRead(SemanticCatalog catalog, MetricDefinition metric)
    {
        var models = new List<SemanticModel>();
        var path = new HashSet<string>(StringComparer.Ordinal);
        Visit(metric);
        return models;

        void Visit(MetricDefinition m)
        {
            if (!path.Add(m.Id)) return;
            var calc = m.Calculation;
            if (calc.Type is MetricType.Simple or MetricType.Cumulative) Read(calc.Simple);
            // A conversion is reported by its base event: it is split and filtered by the base event's dimensions only.
            else if (calc.Type == MetricType.Conversion) Read(calc.Inputs.FirstOrDefault(i => i.Name == ConversionParameters.BaseInput)?.Inline);
            else foreach (var input in OperandsInOrder(m)) ReadInput(input);
            path.Remove(m.Id);
        }

        void ReadInput(MetricInput input)
        {
            if (input.Inline is { } inline) Read(inline);
            else if (input.MetricId is { } id && catalog.FindMetric(id) is { } inner) Visit(inner);
        }

        void Read(SimpleCalculation? simple)
        {
            if (simple is not null && catalog.FindModel(simple.Model) is { } model && !models.Contains(model)) models.Add(model);
        }
    }

    private static IEnumerable<MetricInput> OperandsInOrder(MetricDefinition metric)
    {
        var calc = metric.Calculation;
        MetricInput? Named(string name) => calc.Inputs.FirstOrDefault(i => i.Name == name);
        if (calc.Type == MetricType.Ratio) return new[] { Named("numerator"), Named("denominator") }.OfType<MetricInput>();
        if (MeasureExpression.Parse(calc.Expression ?? "").Tree is not { } tree) return calc.Inputs;
        return Names(tree).Select(Named).OfType<MetricInput>();

        static IEnumerable<string> Names(Expr e) => e switch
        {
            NameExpr n => [n.Name],
            BinaryExpr b => Names(b.Left).Concat(Names(b.Right)),
            NegateExpr n => Names(n.Operand),
            _ => [],
        };
    }

    /// <summary>Every metric the metric is computed from, however deep, each once, nearest first.</summary>
    private static IReadOnlyList<MetricDefinition> InputsOf(SemanticCatalog catalog, MetricDefinition metric)
    {
        var inputs = new List<MetricDefinition>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Visit(metric);
        return inputs;

        void Visit(MetricDefinition m)
        {
            foreach (var input in m.Calculation.Inputs)
            {
                if (input.MetricId is null || catalog.FindMetric(input.MetricId) is not { } inner || !seen.Add(inner.Id)) continue;
                inputs.Add(inner);
                Visit(inner);
            }
        }
    }

    /// <summary>
    /// The deprecation rule: a deprecated metric is answered by the first published metric along its
    /// replaced_by chain; none when the chain ends anywhere else (an unknown, draft or in-review metric)
    /// or comes back on itself. Metrics that are not deprecated have no successor.
    /// </summary>
    private static MetricDefinition? Successor(SemanticCatalog catalog, MetricDefinition metric)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var current = metric;
        while (current is { Status: MetricStatus.Deprecated, ReplacedBy: { } next } && seen.Add(current.Id))
        {
            current = catalog.FindMetric(next);
            if (current is { IsPublished: true }) return current;
        }
        return null;
    }
}
