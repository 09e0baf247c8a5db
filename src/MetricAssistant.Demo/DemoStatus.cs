namespace MetricAssistant.Demo;

/// <summary>Order and appointment statuses: the byte codes rows carry and the names written to the warehouse.</summary>
internal static class DemoStatus
{
    public const byte Created = 0, Paid = 1, Shipped = 2, Completed = 3, Cancelled = 4, Refunded = 5;
    public static readonly string[] OrderNames = ["created", "paid", "shipped", "completed", "cancelled", "refunded"];

    public const byte Booked = 0, Arrived = 1, NoShow = 2, AppointmentCancelled = 3;
    public static readonly string[] AppointmentNames = ["booked", "arrived", "no_show", "cancelled"];
}
