using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>Ids, names, duplicates, synonyms, deprecation and metric families.</summary>
public sealed class GovernanceRuleTests
{
    private const string Gmv = "catalog/metrics/gmv.yaml";
    private const string Paid = "catalog/metrics/paid_order_count.yaml";
    private const string Variant = "catalog/metrics/gmv_variant.yaml";

    private static string VariantOfGmv(string synonyms, bool official = false) => MiniCatalog.Gmv
        .Replace("metric: gmv", "metric: gmv_variant").Replace("name: { zh: 支付GMV, en: GMV (paid) }", "name: { zh: 变体GMV, en: Variant GMV }")
        .Replace("synonyms: [GMV, 成交额]", $"synonyms: [{synonyms}]").Replace("official: true", $"official: {official.ToString().ToLowerInvariant()}");

    private static CatalogProblem Expect(MiniCatalog catalog, string code, string file, string lineMarker, string? suggestion)
    {
        var problem = ProblemAssert.Single(catalog.Load(), code);
        ProblemAssert.At(problem, file, catalog.LineOf(file, lineMarker));
        Assert.Equal(suggestion, problem.Suggestion);
        return problem;
    }

    [Fact]
    public void Ids_must_be_snake_case() =>
        Expect(new MiniCatalog().Set(Variant, VariantOfGmv("x").Replace("metric: gmv_variant", "metric: GmvVariant")),
            CatalogProblemCodes.InvalidId, Variant, "metric: GmvVariant", "use 'gmv_variant'");

    [Fact]
    public void Names_need_both_languages()
    {
        var problem = Expect(new MiniCatalog().Replace(Gmv, "name: { zh: 支付GMV, en: GMV (paid) }", "name: { zh: 支付GMV, en: \"\" }"),
            CatalogProblemCodes.MissingName, Gmv, "name:", null);
        Assert.Equal("metric 'gmv' has no English name (en)", problem.Message);
    }

    [Theory]
    [InlineData("catalog/metrics/zz_copy.yaml", MiniCatalog.Gmv, "metric: gmv")]
    [InlineData("catalog/models/zz_copy.yaml", MiniCatalog.Stores, "model: stores")]
    [InlineData("catalog/dimensions/zz_copy.yaml", MiniCatalog.Region, "dimension: region")]
    public void Duplicate_ids_are_reported_at_the_second_definition(string path, string yaml, string marker)
    {
        var problem = Expect(new MiniCatalog().Set(path, yaml), CatalogProblemCodes.DuplicateId, path, marker, "rename or remove one of them");
        Assert.Contains("first defined at catalog/", problem.Message);
    }

    [Fact]
    public void A_synonym_claimed_by_two_metrics_neither_official_is_a_conflict()
    {
        var catalog = new MiniCatalog()
            .Replace(Paid, "official: true", "official: false").Replace(Paid, "synonyms: [支付单量]", "synonyms: [支付单量, 成交]")
            .Set(Variant, VariantOfGmv("成交"));
        var problem = Expect(catalog, CatalogProblemCodes.SynonymConflict, Paid, "synonyms:",
            "keep the word on one metric, or mark the company standard 'official: true'");
        Assert.Equal("'成交' is claimed by metrics 'gmv_variant', 'paid_order_count', none of which is official", problem.Message);
    }

    [Fact]
    public void Synonyms_conflict_case_insensitively_and_with_names()
    {
        var catalog = new MiniCatalog().Replace(Paid, "official: true", "official: false").Set(Variant, VariantOfGmv("paid ORDERS"));
        ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.SynonymConflict);
    }

    [Fact]
    public void A_synonym_shared_with_an_official_metric_is_fine()
    {
        var result = new MiniCatalog().Set(Variant, VariantOfGmv("GMV, 成交额")).Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    [Fact]
    public void A_deprecated_metric_needs_a_replacement() =>
        Expect(new MiniCatalog().Set(Variant, VariantOfGmv("x").Replace("status: published", "status: deprecated")),
            CatalogProblemCodes.DeprecatedWithoutReplacement, Variant, "status: deprecated", "add 'replaced_by: <id of the published metric to use instead>'");

    [Fact]
    public void A_replacement_must_exist() =>
        Expect(new MiniCatalog().Set(Variant, VariantOfGmv("x").Replace("status: published", "status: deprecated\nreplaced_by: gmw")),
            CatalogProblemCodes.UnknownReplacement, Variant, "replaced_by: gmw", "did you mean 'gmv'?");

    [Fact]
    public void A_replacement_must_be_published()
    {
        var catalog = new MiniCatalog()
            .Set(Variant, VariantOfGmv("x").Replace("status: published", "status: deprecated\nreplaced_by: draft_gmv"))
            .Set("catalog/metrics/draft.yaml", VariantOfGmv("y").Replace("metric: gmv_variant", "metric: draft_gmv")
                .Replace("变体GMV", "草稿GMV").Replace("Variant GMV", "Draft GMV").Replace("status: published", "status: draft"));
        var problem = Expect(catalog, CatalogProblemCodes.ReplacementNotPublished, Variant, "replaced_by: draft_gmv", null);
        Assert.Equal("deprecated metric 'gmv_variant' is replaced by 'draft_gmv', which is draft, not published", problem.Message);
    }

    [Fact]
    public void Only_a_deprecated_metric_has_a_replacement() =>
        Expect(new MiniCatalog().Set(Variant, VariantOfGmv("x").Replace("status: published", "status: published\nreplaced_by: gmv")),
            CatalogProblemCodes.ReplacementWithoutDeprecation, Variant, "replaced_by: gmv", "set 'status: deprecated' or remove replaced_by");

    [Fact]
    public void A_family_has_exactly_one_official_metric()
    {
        var twoOfficial = new MiniCatalog().Replace(Gmv, "official: true", "official: true\nfamily: gmv")
            .Set(Variant, VariantOfGmv("x", official: true).Replace("official: true", "official: true\nfamily: gmv"));
        Expect(twoOfficial, CatalogProblemCodes.FamilyOfficial, Variant, "family: gmv", "keep 'official: true' on the company standard only");

        var noneOfficial = new MiniCatalog().Set(Variant, VariantOfGmv("x").Replace("official: false", "official: false\nfamily: variants"));
        Expect(noneOfficial, CatalogProblemCodes.FamilyOfficial, Variant, "family: variants", "mark the company standard of the family 'official: true'");
    }
}
