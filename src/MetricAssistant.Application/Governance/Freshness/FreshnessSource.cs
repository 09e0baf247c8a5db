using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Application.Governance.Freshness;

/// <summary>
/// Where to read how far a table's data goes: the newest value of <see cref="Column"/> in <see cref="Table"/>, or, with a
/// <see cref="LoadLog"/>, the newest <c>data_until</c> of that log's rows whose <c>table_name</c> is <see cref="Table"/>.
/// </summary>
public sealed record FreshnessSource(string Model, TableName Table, string? Column, string? LoadLog);
