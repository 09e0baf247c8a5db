namespace MetricAssistant.Application.Contracts;

/// <summary>The governed definition an answer used: <c>{ "id": "gmv", "name": "支付GMV", "version": 3, "owner": "财务部", "official": true }</c>.</summary>
public sealed record MetricRefDto(string Id, string Name, int Version, string Owner, bool Official, string Status);
