using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// A catalog the concept words were never written for (bike rentals: a sum of fees, a count of rentals,
/// distinct riders) is understood by description from its definitions alone: the signatures come from
/// the model, measures, filters and units, and the reader reads the catalog's own identifiers.
/// </summary>
public class SyntheticCatalogTests
{
    private const string Rentals = """
        model: rentals
        table: rentals
        primary_key: rental_id
        description: { zh: 租车记录, en: Bike rentals }
        columns:
          - { name: rental_id, type: integer }
          - { name: rider_id, type: integer }
          - { name: rental_fee, type: decimal }
          - { name: start_time, type: timestamp }
          - { name: paid_time, type: timestamp, nullable: true }
        time_dimensions:
          - { name: start_time, column: start_time, min_grain: day }
          - { name: paid_time, column: paid_time, min_grain: day }
        measures:
          - { name: rental_fee, agg: sum, expr: rental_fee, type: decimal }
          - { name: rentals, agg: count, expr: rental_id, type: integer }
          - { name: riders, agg: count_distinct, expr: rider_id, type: integer }
        """;

    private static string Metric(string id, string zh, string en, string unit, string format, string measure, string time, string filters = "") => $"""
        metric: {id}
        name: {"{"} zh: {zh}, en: {en} {"}"}
        description: {"{"} zh: {zh}, en: {en} {"}"}
        domain: mobility
        owner: {"{"} zh: 运营, en: Operations {"}"}
        status: published
        version: 1
        official: true
        unit: {unit}
        format: {format}
        default_window: last_month
        type: simple
        model: rentals
        measure: {measure}
        time_dimension: {time}
        {filters}
        """;

    private static readonly Lazy<SemanticCatalog> Catalog = new(() =>
    {
        var result = new CatalogLoader().LoadFromText(
        [
            ("catalog/models/rentals.yaml", Rentals),
            ("catalog/metrics/fleet_income.yaml", Metric("fleet_income", "车队营收", "Fleet income", "CNY", "currency", "rental_fee", "paid_time",
                "filters:\n  - { column: paid_time, op: is_not_null }")),
            ("catalog/metrics/trip_volume.yaml", Metric("trip_volume", "出行量", "Trip volume", "count", "integer", "rentals", "start_time")),
            ("catalog/metrics/unique_riders.yaml", Metric("unique_riders", "骑行人数", "Unique riders", "people", "integer", "riders", "start_time")),
        ]);
        Assert.True(result.Catalog is not null, string.Join("\n", result.Problems));
        return result.Catalog!;
    });

    [Fact]
    public void Signatures_are_derived_from_the_definitions()
    {
        var signatures = Catalog.Value.Signatures;
        var income = signatures.For("fleet_income")!;
        Assert.Equal(SignatureShape.Sum, income.Shape);
        Assert.Contains("money", income.Subjects);
        Assert.Contains("rental", income.Subjects);
        Assert.Contains("paid", income.States);
        Assert.Equal(SignatureShape.Count, signatures.For("trip_volume")!.Shape);
        var riders = signatures.For("unique_riders")!;
        Assert.Equal(SignatureShape.DistinctCount, riders.Shape);
        Assert.Contains("people", riders.Subjects);
        Assert.Contains("rider", riders.Subjects);
    }

    [Theory]
    [InlineData("how much money did rentals bring in last month", "fleet_income")]
    [InlineData("上个月租车一共收了多少钱", "fleet_income")]
    [InlineData("how many different riders last month", "unique_riders")]
    [InlineData("how many rentals last week", "trip_volume")]
    public async Task A_new_catalog_is_understood_by_description(string question, string metric)
    {
        var catalog = Catalog.Value;
        var reader = new QuestionUnderstanding(catalog, new CatalogLexicon(catalog), new TimeExpressionResolver(useRecognizers: false), null);
        var result = await reader.UnderstandAsync(question, new DateTime(2025, 7, 15, 10, 0, 0), null, CancellationToken.None);
        Assert.True(result.Outcome == UnderstandingOutcome.Query, $"'{question}': {result.Outcome} [{string.Join(", ", result.Alternatives)}]");
        Assert.Equal([metric], result.Query!.Metrics);
    }
}
