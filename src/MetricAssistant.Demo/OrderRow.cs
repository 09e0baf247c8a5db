namespace MetricAssistant.Demo;

/// <summary>An order as generated: times in seconds since 2024-01-01, money in cents, its items and refunds by range.</summary>
internal struct OrderRow
{
    public int TimeSec;            // seconds since 2024-01-01 00:00
    public int PaidSec;            // -1: never paid
    public int CustomerId;
    public int ItemStart;
    public int RefundStart;
    public byte StoreIndex;        // store_id - 1
    public byte Channel;
    public byte Status;
    public byte ItemCount;
    public byte RefundCount;
    public long OrderCents;
    public long DiscountCents;
    public long PayCents;
}
