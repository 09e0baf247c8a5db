using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>
/// Derived metrics with offsets the demo catalog does not hold (offset_to_grain, a one-month offset), as a test
/// catalog: the demo catalog with gmv_yoy_growth's document replaced, so no other test's catalog changes.
/// </summary>
public static class OffsetMetricDocuments
{
    /// <summary>The demo catalog with gmv_yoy_growth's document replaced by a metric over its month's first day.</summary>
    public const string SinceMonthStart = """
        metric: gmv_yoy_growth
        name: { zh: 较月初当日GMV变化, en: GMV change vs the month's first day }
        description: { zh: 本期GMV减去所在月第一天的GMV。, en: The period's GMV minus the GMV of the first day of its month. }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        unit: CNY
        format: currency
        tags: []
        default_window: last_month
        type: derived
        expr: gmv - gmv_month_start
        inputs:
          - { name: gmv, metric: gmv }
          - { name: gmv_month_start, metric: gmv, offset_to_grain: month }
        """;

    /// <summary>gmv_yoy_growth read a month back: a calendar month is no whole number of days or weeks.</summary>
    public const string MonthBack = """
        metric: gmv_yoy_growth
        name: { zh: 上月同日GMV, en: GMV a month earlier }
        description: { zh: 一个月前的GMV。, en: GMV one month earlier. }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        unit: CNY
        format: currency
        tags: []
        default_window: last_month
        type: derived
        expr: gmv_month_ago
        inputs:
          - { name: gmv_month_ago, metric: gmv, offset_window: 1 month }
        """;

    public const string MetricPath = "catalog/metrics/gmv_yoy_growth.yaml";

    public static SemanticCatalog Catalog(string yaml) => RepositoryDocuments.With(MetricPath, yaml);

}
