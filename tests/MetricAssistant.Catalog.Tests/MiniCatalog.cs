using MetricAssistant.Catalog.Loading;

namespace MetricAssistant.Catalog.Tests;

/// <summary>
/// A small valid in-memory catalog that each broken-catalog test changes in one place, so the problem
/// it expects is the only one.
/// </summary>
internal sealed class MiniCatalog
{
    public const string Orders = """
        model: orders
        table: orders
        primary_key: order_id
        description: { zh: 订单, en: Orders }
        columns:
          - { name: order_id, type: integer }
          - { name: store_id, type: integer }
          - { name: status, type: string }
          - { name: pay_amount, type: decimal }
          - { name: paid_time, type: timestamp, nullable: true }
        joins:
          - { name: stores, model: stores, from: store_id, to: store_id }
        dimensions:
          region: stores.region_code
        time_dimensions:
          - { name: paid_time, column: paid_time, min_grain: day }
        measures:
          - { name: pay_amount, agg: sum, expr: pay_amount, type: decimal }
          - { name: orders, agg: count, expr: order_id, type: integer }
        """;

    public const string Stores = """
        model: stores
        table: stores
        primary_key: store_id
        description: { zh: 门店, en: Stores }
        columns:
          - { name: store_id, type: integer }
          - { name: region_code, type: string }
        dimensions:
          region: region_code
        """;

    public const string Region = """
        dimension: region
        name: { zh: 区域, en: Region }
        synonyms: [大区]
        code_type: string
        values:
          - { code: east, zh: 华东, en: East China, synonyms: [华东区] }
          - { code: north, zh: 华北, en: North China, synonyms: [华北区] }
        """;

    public const string Gmv = """
        metric: gmv
        name: { zh: 支付GMV, en: GMV (paid) }
        synonyms: [GMV, 成交额]
        description: { zh: 已支付订单的实付金额之和, en: Amount paid on paid orders }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        official: true
        unit: CNY
        format: currency
        default_window: last_month
        type: simple
        model: orders
        measure: pay_amount
        time_dimension: paid_time
        filters:
          - { column: paid_time, op: is_not_null }
        """;

    public const string PaidOrders = """
        metric: paid_order_count
        name: { zh: 支付订单数, en: Paid orders }
        synonyms: [支付单量]
        description: { zh: 已支付订单数, en: Number of paid orders }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        official: true
        unit: count
        format: integer
        default_window: last_month
        type: simple
        model: orders
        measure: orders
        time_dimension: paid_time
        """;

    public const string Aov = """
        metric: aov
        name: { zh: 客单价, en: Average order value }
        synonyms: [AOV]
        description: { zh: 支付GMV除以支付订单数, en: Paid GMV divided by paid orders }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        official: true
        unit: CNY
        format: currency
        default_window: last_month
        type: ratio
        numerator: { metric: gmv }
        denominator: { metric: paid_order_count }
        """;

    private readonly SortedDictionary<string, string> files = new(StringComparer.Ordinal)
    {
        ["catalog/models/orders.yaml"] = Orders,
        ["catalog/models/stores.yaml"] = Stores,
        ["catalog/dimensions/region.yaml"] = Region,
        ["catalog/metrics/gmv.yaml"] = Gmv,
        ["catalog/metrics/paid_order_count.yaml"] = PaidOrders,
        ["catalog/metrics/aov.yaml"] = Aov,
    };

    public string this[string path] => files[path];

    /// <summary>Replaces one exact piece of text in a file; fails loudly if the piece is not there.</summary>
    public MiniCatalog Replace(string path, string oldText, string newText)
    {
        Assert.Contains(oldText, files[path]);
        files[path] = files[path].Replace(oldText, newText);
        return this;
    }

    public MiniCatalog Set(string path, string yaml)
    {
        files[path] = yaml;
        return this;
    }

    public CatalogLoadResult Load() => new CatalogLoader().LoadFromText(files.Select(kv => (kv.Key, kv.Value)));

    /// <summary>The 1-based line of the first line of <paramref name="path"/> that contains <paramref name="marker"/>.</summary>
    public int LineOf(string path, string marker)
    {
        var lines = files[path].Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{marker}' not found in {path}");
        return index + 1;
    }
}
