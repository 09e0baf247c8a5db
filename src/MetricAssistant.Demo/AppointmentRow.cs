namespace MetricAssistant.Demo;

/// <summary>An in-store appointment as generated; <see cref="OrderLocal"/> is the month-local order it led to.</summary>
internal struct AppointmentRow
{
    public int CustomerId;
    public int CreatedSec;
    public int Day;
    public int OrderLocal;         // -1: no purchase
    public byte StoreIndex;
    public byte Status;
}
