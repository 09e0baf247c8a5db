namespace MetricAssistant.Catalog.Model;

/// <summary>
/// How fresh a metric's or model's data is expected to be (<c>freshness:</c> in the YAML, optional): new data at least
/// every <see cref="ExpectedEvery"/> (written "1d", "12h", "1w", "62d"; daily when absent). A model may also name the
/// <see cref="TimeColumn"/> that says how far its data goes (default: the time columns the metrics use) or a
/// <see cref="LoadLog"/> table to read it from instead (a warehouse table with columns <c>table_name</c> and <c>data_until</c>).
/// </summary>
public sealed record FreshnessExpectation(TimeSpan? ExpectedEvery, string? ExpectedText, string? TimeColumn, string? LoadLog, SourceLocation Source)
{
    /// <summary>When nothing says otherwise, data is expected daily.</summary>
    public static readonly TimeSpan DefaultEvery = TimeSpan.FromDays(1);
}
