namespace MetricAssistant.Demo;

/// <summary>An order line as generated (money in cents).</summary>
internal struct ItemRow
{
    public int ProductId;
    public int Quantity;
    public long UnitCents;
}
