namespace MetricAssistant.Demo;

/// <summary>Unique visitors of one store and channel on one day.</summary>
internal struct TrafficRow
{
    public int Day;
    public int Visitors;
    public byte StoreIndex;
    public byte Channel;
}
