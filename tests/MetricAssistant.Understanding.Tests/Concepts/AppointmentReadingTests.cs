using MetricAssistant.Understanding.Tests.FollowUp;

namespace MetricAssistant.Understanding.Tests.Concepts;

/// <summary>
/// Appointments that ended in a purchase, described: the company's appointment conversion unless a window is said (then the
/// conversion metric that follows customers for it); a glossary word for customers beside a booking word says who is asked about.
/// </summary>
public class AppointmentReadingTests
{
    [Theory]
    [InlineData("上个月预约的客户中买了的比例")]
    [InlineData("预约到店的客户最后买了东西的比例，上个月")]
    [InlineData("share of customers with a booking who then bought, last month")]
    [InlineData("share of booked visits that ended in a sale last month")]
    public void A_described_appointment_purchase_share_without_a_window_is_appointment_conversion(string question) =>
        Assert.Equal(["appointment_conversion_rate"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月预约的客户中7天内买了的比例")]
    [InlineData("what share of customers who booked bought within 7 days last month")]
    public void With_a_window_it_is_the_conversion_metric(string question) =>
        Assert.Equal(["appointment_purchase_rate"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("上个月预约的客户")]
    [InlineData("上个月预约的客户有多少买了")]
    public void Customers_said_of_appointments_are_no_customer_count_answered(string question)
    {
        var result = FollowUpTestSupport.Understand(question);
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.DoesNotContain("new_customers", result.Alternatives.Take(1));
    }

    [Theory]
    [InlineData("上个月付款的客户数", "paying_customers")]
    [InlineData("order value after coupons last quarter, cancelled orders left out", "gmv_net")]
    public void A_word_settled_by_its_own_subjects_still_is(string question, string metric) =>
        Assert.Equal([metric], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("of last quarter's bookings, how often did the visit end with a purchase")]
    [InlineData("Of the bookings in H1, how often did the visit end in a purchase? As a rate")]
    [InlineData("bookings in H1, how often did the visit end in a purchase")]
    public void A_visit_said_after_a_booking_is_the_booked_visit(string question) =>
        Assert.Equal(["appointment_conversion_rate"], FollowUpTestSupport.Query(question).Metrics);

    [Theory]
    [InlineData("没取消的预约里最后成交的比例，上半年")]
    [InlineData("share of bookings that were not cancelled that ended in a purchase in H1")]
    public void Not_cancelled_restates_the_base_rows_of_a_share(string question) =>
        Assert.Equal(["appointment_conversion_rate"], FollowUpTestSupport.Query(question).Metrics);

    [Fact]
    public void The_stores_said_of_appointments_is_no_channel_filter()
    {
        var query = FollowUpTestSupport.Query("how many bookings did the stores take last month");
        Assert.Equal(["appointment_count"], query.Metrics);
        Assert.Empty(query.Filters);
    }

    [Fact]
    public void How_often_a_state_happens_is_a_share() =>
        Assert.Equal(["cancel_rate"], FollowUpTestSupport.Query("how often do orders get cancelled").Metrics);
}
