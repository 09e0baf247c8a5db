using MetricAssistant.Application.Catalog;
using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Governance.Lineage;

/// <summary>
/// The shipped catalog plus two derived metrics (built on refunds first, where the demo's gmv_after_refunds lists gmv first): GMV less refunds (gmv − refund_amount) and
/// twice the AOV (built on a ratio, so two steps from orders.pay_amount), and a propose-only role.
/// </summary>
internal static class LineageCatalog
{
    private const string GmvAfterRefunds = """
        metric: gmv_less_refunds
        name: { zh: 扣退款GMV, en: GMV less refunds }
        description: { zh: 支付GMV减退款金额, en: Paid GMV minus refunds }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        official: true
        unit: CNY
        format: currency
        default_window: last_month
        type: derived
        inputs:
          - { name: refunds, metric: refund_amount }
          - { name: paid, metric: gmv }
        expr: paid - refunds
        """;

    private const string AovTwice = """
        metric: aov_twice
        name: { zh: 双倍客单价, en: Twice the AOV }
        description: { zh: 客单价乘以二, en: AOV times two }
        domain: sales
        owner: { zh: 财务部, en: Finance }
        status: published
        version: 1
        official: true
        unit: CNY
        format: currency
        default_window: last_month
        type: derived
        inputs:
          - { name: avg, metric: aov }
        expr: avg * 2
        """;

    private const string Proposer = """
        roles:
          - id: proposer
            name: { zh: 提案人, en: Proposer }
            metrics: { all: true }
            governance: [propose]
            owners: [Finance]
        users:
          - { id: prop_pan, name: 潘提案 (Proposer), roles: [proposer] }
        """;

    private static readonly Lazy<SemanticCatalog> Loaded = new(() => Load(null, "", ""));

    public static SemanticCatalog Catalog => Loaded.Value;

    /// <summary>The same catalog with one piece of one file replaced.</summary>
    public static SemanticCatalog With(string path, string from, string to) => Load(path, from, to);

    private static SemanticCatalog Load(string? changed, string from, string to)
    {
        var root = Path.Combine(TestRepository.Root, "catalog");
        var files = Directory.EnumerateFiles(root, "*.yaml", SearchOption.AllDirectories)
            .Select(f => ("catalog/" + Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText(f)))
            .Append(("catalog/metrics/gmv_less_refunds.yaml", GmvAfterRefunds))
            .Append(("catalog/metrics/aov_twice.yaml", AovTwice))
            .Append(("catalog/access/proposer.yaml", Proposer))
            .Select(f => f.Item1 == changed ? (f.Item1, Replaced(f.Item2, from, to)) : f);
        var result = new CatalogLoader().LoadFromText(files);
        return result.Catalog ?? throw new InvalidOperationException(string.Join("\n", result.Problems));
    }

    private static string Replaced(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal) : throw new InvalidOperationException($"'{from}' not found");

    public sealed class Fixed(SemanticCatalog catalog) : ICatalogProvider
    {
        public SemanticCatalog Current => catalog;
    }
}
