using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Tests;

/// <summary>Which aggregations add up over groups and periods: what a "why" split's shares and a chart's "other" series rely on.</summary>
public sealed class AggregationKindTests
{
    [Theory]
    [InlineData(Aggregation.Sum, true, true)]
    [InlineData(Aggregation.Count, true, true)]
    [InlineData(Aggregation.SumBoolean, true, true)]
    [InlineData(Aggregation.CountDistinct, false, true)]
    [InlineData(Aggregation.Avg, false, false)]
    [InlineData(Aggregation.Min, false, false)]
    [InlineData(Aggregation.Max, false, false)]
    [InlineData(Aggregation.Median, false, false)]
    [InlineData(Aggregation.Percentile, false, false)]
    public void Only_sums_and_counts_of_rows_add_up_and_counts_of_nothing_are_zero(Aggregation aggregation, bool additive, bool countsRows)
    {
        Assert.Equal(additive, aggregation.IsAdditive());
        Assert.Equal(countsRows, aggregation.CountsRows());
    }

    [Fact]
    public void Every_aggregation_has_a_catalog_word()
    {
        foreach (var aggregation in Enum.GetValues<Aggregation>())
            Assert.Contains(aggregation, Validation.CatalogVocabulary.Aggregations.Values);
    }
}
