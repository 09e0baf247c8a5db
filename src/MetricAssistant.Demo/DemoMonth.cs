namespace MetricAssistant.Demo;

/// <summary>The rows of one calendar month, generated from their own random stream.</summary>
internal sealed class DemoMonth
{
    public required int Month;
    public required OrderRow[] Orders;
    public required int[] SortedOrder;        // local order indexes by order_time
    public required int[] OrderRank;          // local index → position in SortedOrder
    public required ItemRow[] Items;
    public required RefundRow[] Refunds;
    public required AppointmentRow[] Appointments;   // sorted by date, store, created time
    public required TrafficRow[] Traffic;
}
