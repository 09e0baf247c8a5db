using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Tests.Shared;

/// <summary>
/// MetricFlow's measure and metric features the demo catalog does not use, as a test catalog: the demo catalog with
/// orders.yaml given a median, a discrete 90th percentile and a sum_boolean measure, and six metrics over them
/// (every_period GMV, with 0 or unknown for empty days; cumulative GMV averaged or first-day per period), so no other test's catalog changes.
/// </summary>
public static class MetricFlowFeatureDocuments
{
    private const string OrdersPath = "catalog/models/orders.yaml";

    private const string ExtraMeasures = """
          - { name: median_pay, agg: median, expr: pay_amount, type: decimal }
          - { name: pay_p90, agg: percentile, expr: pay_amount, type: decimal, percentile: 0.9, use_discrete_percentile: true }
          - { name: online_orders, agg: sum_boolean, expr: channels.is_online, type: integer }
        """;

    private static string Metric(string id, string body) => $$"""
        metric: {{id}}
        name: { zh: {{id}}, en: {{id}} }
        description: { zh: 测试指标 {{id}}, en: test metric {{id}} }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        unit: CNY
        format: decimal
        tags: []
        default_window: last_month
        {{body}}
        """;

    private const string Paid = "model: orders\nmeasure: pay_amount\ntime_dimension: paid_time\nfilters:\n  - { column: paid_time, op: is_not_null }";

    public static readonly IReadOnlyList<(string Path, string Yaml)> Metrics =
    [
        ("catalog/metrics/gmv_every_day.yaml", Metric("gmv_every_day", "type: simple\n" + Paid + "\nevery_period: true")),
        ("catalog/metrics/gmv_every_day_unknown.yaml", Metric("gmv_every_day_unknown", "type: simple\n" + Paid + "\nevery_period: true\nno_rows: unknown")),
        ("catalog/metrics/median_payment.yaml", Metric("median_payment", "type: simple\nmodel: orders\nmeasure: median_pay\ntime_dimension: paid_time\nfilters:\n  - { column: paid_time, op: is_not_null }")),
        ("catalog/metrics/p90_payment.yaml", Metric("p90_payment", "type: simple\nmodel: orders\nmeasure: pay_p90\ntime_dimension: paid_time\nfilters:\n  - { column: paid_time, op: is_not_null }")),
        ("catalog/metrics/online_orders.yaml", Metric("online_orders", "type: simple\nmodel: orders\nmeasure: online_orders\ntime_dimension: order_time")),
        ("catalog/metrics/gmv_rolling_30d_avg.yaml", Metric("gmv_rolling_30d_avg", "type: cumulative\n" + Paid + "\nwindow: 30 days\nperiod_agg: average")),
        ("catalog/metrics/gmv_rolling_30d_first.yaml", Metric("gmv_rolling_30d_first", "type: cumulative\n" + Paid + "\nwindow: 30 days\nperiod_agg: first")),
    ];

    /// <summary>The demo catalog with the extra measures and <see cref="Metrics"/>.</summary>
    public static SemanticCatalog Catalog() => Load(Metrics);

    /// <summary>The catalog's documents (path, YAML): the demo catalog's, orders.yaml with the extra measures, and <see cref="Metrics"/>.</summary>
    public static IReadOnlyList<(string Path, string Yaml)> Documents() => Documents(Metrics);

    private static IReadOnlyList<(string Path, string Yaml)> Documents(IEnumerable<(string Path, string Yaml)> metrics) =>
        RepositoryDocuments.Repository()
            .Select(d => d.Path == OrdersPath ? (d.Path, d.Yaml.TrimEnd() + "\n" + ExtraMeasures) : d)
            .Concat(metrics).ToArray();

    /// <summary>The demo catalog with the extra measures and these metric documents.</summary>
    public static SemanticCatalog Load(IEnumerable<(string Path, string Yaml)> metrics)
    {
        var documents = Documents(metrics);
        var result = new CatalogLoader().LoadFromText(documents);
        return result.Catalog ?? throw new InvalidOperationException("catalog has problems:\n" + string.Join("\n", result.Problems));
    }
}
