using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Loading;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The demo catalog's metrics described by what they measure, derived from their definitions.</summary>
public class SignatureTests
{
    private static readonly Lazy<SemanticCatalog> Demo = new(() => new CatalogLoader().Load(RepoPaths.Catalog).Catalog!);

    private static MetricSignature Of(string id) => Demo.Value.Signatures.For(id) ?? throw new InvalidOperationException(id);

    [Fact]
    public void A_sum_of_money_on_paid_orders_is_money_paid()
    {
        var gmv = Of("gmv");
        Assert.Equal(SignatureShape.Sum, gmv.Shape);
        Assert.Contains("money", gmv.Subjects);
        Assert.Contains("order", gmv.Subjects);
        Assert.Contains("paid", gmv.States);
    }

    [Fact]
    public void What_makes_a_metric_more_than_the_one_it_is_built_on_is_its_defining_concept()
    {
        // A conversion's event (a purchase after an appointment), a change against a year before, a period's last snapshot.
        Assert.Equal(["paid"], Of("appointment_buyers").Defining);
        Assert.Equal(["paid"], Of("appointment_purchase_rate").Defining);
        Assert.Equal([MetricSignature.Growth], Of("gmv_yoy_growth").Defining);
        Assert.Contains(MetricSignature.Growth, Of("gmv_yoy_growth").Subjects);
        Assert.Equal([MetricSignature.PeriodEnd], Of("headcount_end").Defining);
        // Plain metrics, a derived difference without an offset and a period average have none.
        Assert.Empty(Of("gmv").Defining);
        Assert.Empty(Of("appointment_count").Defining);
        Assert.Empty(Of("gmv_after_refunds").Defining);
        Assert.Empty(Of("avg_headcount").Defining);
    }

    [Fact]
    public void Rows_counted_at_their_own_creation_with_a_later_event_are_placed()
    {
        Assert.Contains("placed", Of("order_count").States);
        Assert.Contains("placed", Of("gmv_ordered").States);
        Assert.DoesNotContain("placed", Of("paid_order_count").States);
        Assert.DoesNotContain("placed", Of("gmv").States);
        // Refunds have no later event: a refund is not "placed".
        Assert.DoesNotContain("placed", Of("refund_amount").States);
    }

    [Fact]
    public void A_ratio_carries_its_parts_and_is_a_share_when_its_unit_is_a_ratio()
    {
        var cancel = Of("cancel_rate");
        Assert.Equal(SignatureShape.Share, cancel.Shape);
        Assert.Contains("cancelled", cancel.Numerator!.States);
        Assert.DoesNotContain("cancelled", cancel.Denominator!.States);
        Assert.Equal(BetterDirection.Lower, cancel.Better);
        var refundRate = Of("refund_rate");
        Assert.Equal(["refund_amount", "gmv"], refundRate.PartIds);
        Assert.Equal(SignatureShape.AveragePer, Of("arppu").Shape);
        Assert.Contains("people", Of("arppu").Denominator!.Subjects);
    }

    [Fact]
    public void Distinct_counts_running_totals_and_period_averages_are_told_apart()
    {
        Assert.Equal(SignatureShape.DistinctCount, Of("paying_customers").Shape);
        Assert.Equal(SignatureShape.Cumulative, Of("total_customers").Shape);
        Assert.Equal(SignatureShape.PeriodAverage, Of("avg_headcount").Shape);
        Assert.Equal(SignatureShape.Count, Of("order_count").Shape);
    }

    [Fact]
    public void What_the_definition_cannot_show_comes_from_concepts_in_the_yaml()
    {
        Assert.Contains("new", Of("new_customers").Declared);
        Assert.Empty(Of("order_count").Declared);
    }

    [Fact]
    public void Signatures_are_worked_out_once_per_catalog()
    {
        var catalog = Demo.Value;
        Assert.Same(catalog.Signatures, catalog.Signatures);
    }
}
