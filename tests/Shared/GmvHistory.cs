namespace MetricAssistant.Tests.Shared;

/// <summary>
/// Earlier published texts of <c>catalog/metrics/gmv.yaml</c>, written for the version tests (not the demo's
/// history files): v1 summed the order amount of completed orders by order time and was finance-sensitive; v2 summed
/// the amount paid by payment time, less cancelled and refunded orders; v3 is the repository's current text.
/// </summary>
public static class GmvHistory
{
    public const string Path = "catalog/metrics/gmv.yaml";

    public const string V1 = """
        metric: gmv
        name: { zh: 支付GMV, en: GMV (paid) }
        synonyms: [GMV, 成交额, 销售额]
        description:
          zh: 已完成订单的下单金额之和，按下单时间计入。
          en: Order amount of completed orders, counted at order time.
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        official: true
        family: gmv
        unit: CNY
        format: currency
        tags: [finance-sensitive]
        default_window: last_month
        type: simple
        model: orders
        measure: order_amount
        time_dimension: order_time
        filters:
          - { column: status, op: in, values: [completed] }
        changelog:
          - { version: 1, date: 2022-01-10, author: "财务部 · 王敏", summary: { zh: "首次发布：已完成订单的下单金额之和，按下单时间计。", en: "First release: order amount of completed orders, by order time." } }
        """;

    public const string V2 = """
        metric: gmv
        name: { zh: 支付GMV, en: GMV (paid) }
        synonyms: [GMV, 成交额, 销售额, 支付金额]
        description:
          zh: 已支付订单的实付金额之和，按支付时间计入，剔除已取消和已退款的订单。
          en: Amount paid on paid orders, counted at payment time, less cancelled and refunded orders.
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 2
        official: true
        family: gmv
        unit: CNY
        format: currency
        tags: [public-finance-kpi]
        default_window: last_month
        type: simple
        model: orders
        measure: pay_amount
        time_dimension: paid_time
        filters:
          - { column: paid_time, op: is_not_null }
          - { column: status, op: not_in, values: [cancelled, refunded] }
        changelog:
          - { version: 1, date: 2022-01-10, author: "财务部 · 王敏", summary: { zh: "首次发布：已完成订单的下单金额之和，按下单时间计。", en: "First release: order amount of completed orders, by order time." } }
          - { version: 2, date: 2023-07-01, author: "财务部 · 王敏", summary: { zh: "改为按支付时间计入，口径改为实付金额，与财务月结对齐。", en: "Counted at payment time on the amount actually paid, to match the finance month-end close." } }
        """;

    /// <summary>The repository's current text (v3).</summary>
    public static string Current => File.ReadAllText(System.IO.Path.Combine(TestRepository.Root, Path));

    /// <summary>An earlier revision of v3 (one synonym fewer): the same version, so the list shows v3 once, from the last revision.</summary>
    public static string V3BeforeSynonym => Current.Replace(", finance GMV]", "]", StringComparison.Ordinal);
}
