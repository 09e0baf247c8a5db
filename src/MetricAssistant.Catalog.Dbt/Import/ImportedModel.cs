using MetricAssistant.Catalog.Dbt.Reading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Dbt.Import;

/// <summary>A semantic model as the importer understood it, before it becomes a catalog model document.</summary>
internal sealed class ImportedModel(string id, DbtNode node, string table)
{
    public string Id => id;
    public DbtNode Node => node;
    public string Table => table;
    public List<(string Name, ColumnType Type)> Columns { get; } = [];
    public List<(string Name, string Type, string Column)> Entities { get; } = [];
    public List<(string Name, string Column, ColumnType Type)> Dimensions { get; } = [];
    public List<(string Name, string Column, TimeGrain Grain)> Times { get; } = [];
    public List<ImportedMeasure> Measures { get; } = [];
    public List<(string Name, string Model, string From, string To, string Entity)> Joins { get; } = [];
    /// <summary>Conformed dimension id ("listing__country_latest") → column path from this model ("listing.country").</summary>
    public Dictionary<string, (string Path, ColumnType Type)> Bindings { get; } = new(StringComparer.Ordinal);
    public string? PrimaryKey { get; set; }
    /// <summary>Whether a dimension is marked is_partition: MetricFlow adds it to the keys of joins between partitioned models.</summary>
    public bool Partitioned { get; set; }

    public void AddColumn(string name, ColumnType type)
    {
        if (Columns.All(c => c.Name != name)) Columns.Add((name, type));
    }

    public ColumnType? ColumnType(string name) => Columns.Where(c => c.Name == name).Select(c => (ColumnType?)c.Type).FirstOrDefault();
}

/// <summary>A measure as imported: its catalog aggregation, expression and result type, and its time dimension.</summary>
internal sealed record ImportedMeasure(string Name, string Agg, string Expr, ColumnType Type, string TimeDimension, int Line)
{
    /// <summary>The snapshot a period takes (non_additive_dimension), when the measure is not additive over time.</summary>
    public ImportedNonAdditive? NonAdditive { get; init; }

    /// <summary>A percentile's fraction and kind (agg_params), for agg percentile only.</summary>
    public ImportedPercentile? Percentile { get; init; }
}

/// <summary>A percentile measure's agg_params as imported.</summary>
internal sealed record ImportedPercentile(decimal Fraction, bool Discrete);

/// <summary>A non_additive_dimension as imported: the snapshot time dimension and which snapshot a period takes.</summary>
internal sealed record ImportedNonAdditive(string TimeDimension, WindowChoice Choice);
