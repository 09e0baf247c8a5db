using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A measure of its own (concepts.json "measure": rent, an operating expense) is not found only where the catalog lacks it: a
/// catalog whose definitions measure rent answers "how much did we spend on rent" with that metric.
/// </summary>
public class GovernedOwnMeasureTests
{
    private const string Costs = """
        model: store_costs
        table: store_costs
        primary_key: cost_id
        description: { zh: 门店费用, en: Store costs }
        columns:
          - { name: cost_id, type: integer }
          - { name: rent, type: decimal }
          - { name: cost_date, type: timestamp }
        time_dimensions:
          - { name: cost_date, column: cost_date, min_grain: day }
        measures:
          - { name: rent, agg: sum, expr: rent, type: decimal }
        """;

    private const string StoreRent = """
        metric: store_rent
        name: { zh: 门店租金, en: Store rent paid }
        description: { zh: 门店租金, en: Store rent paid }
        domain: finance
        owner: { zh: 财务, en: Finance }
        status: published
        version: 1
        official: true
        unit: CNY
        format: currency
        default_window: last_month
        type: simple
        model: store_costs
        measure: rent
        time_dimension: cost_date
        """;

    private static readonly Lazy<SemanticCatalog> Catalog = new(() =>
    {
        var result = new CatalogLoader().LoadFromText([("catalog/models/store_costs.yaml", Costs), ("catalog/metrics/store_rent.yaml", StoreRent)]);
        Assert.True(result.Catalog is not null, string.Join("\n", result.Problems));
        return result.Catalog!;
    });

    [Theory]
    [InlineData("how much did we spend on rent last month")]
    [InlineData("上个月房租花了多少")]
    public async Task A_catalog_measuring_it_answers(string question)
    {
        var catalog = Catalog.Value;
        var reader = new QuestionUnderstanding(catalog, new CatalogLexicon(catalog), new TimeExpressionResolver(useRecognizers: false), null);
        var result = await reader.UnderstandAsync(question, new DateTime(2025, 7, 15, 10, 0, 0), null, CancellationToken.None);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}': {result.Outcome} [{string.Join(", ", result.Alternatives)}]");
        Assert.Equal(["store_rent"], result.Query!.Metrics);
    }
}
