using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

public sealed class LoaderTests
{
    private const string GmvPath = "catalog/metrics/gmv.yaml";

    [Fact]
    public void The_mini_catalog_is_valid()
    {
        var result = new MiniCatalog().Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["aov", "gmv", "paid_order_count"], result.Catalog!.Metrics.Keys);
        Assert.Equal(new SourceLocation(GmvPath, 1), result.Catalog.Metrics["gmv"].Source);
    }

    [Fact]
    public void Malformed_yaml_is_a_problem_with_its_line_not_an_exception()
    {
        var catalog = new MiniCatalog().Replace(GmvPath, "synonyms: [GMV, 成交额]", "synonyms: [GMV, 成交额");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.YamlSyntax);
        Assert.Equal(GmvPath, problem.File);
        Assert.InRange(problem.Line, catalog.LineOf(GmvPath, "synonyms:"), catalog.LineOf(GmvPath, "description:"));
        Assert.StartsWith("invalid YAML", problem.Message);
    }

    [Fact]
    public void Bad_indentation_is_reported_at_its_line()
    {
        var catalog = new MiniCatalog().Replace(GmvPath, "domain: sales", "  domain: sales");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.YamlSyntax);
        Assert.Equal(catalog.LineOf(GmvPath, "domain: sales"), problem.Line);
    }

    [Fact]
    public void A_duplicated_key_is_a_syntax_problem()
    {
        var catalog = new MiniCatalog().Replace(GmvPath, "domain: sales", "domain: sales\ndomain: finance");
        ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.YamlSyntax);
    }

    [Fact]
    public void A_document_that_is_not_a_mapping_is_reported()
    {
        var catalog = new MiniCatalog().Set("catalog/metrics/notes.yaml", "- just\n- a list\n");
        ProblemAssert.At(ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.NotAMapping), "catalog/metrics/notes.yaml", 1);
    }

    [Fact]
    public void Multi_document_files_load_every_document_and_keep_their_lines()
    {
        var catalog = new MiniCatalog()
            .Set("catalog/metrics/paid_order_count.yaml", "")
            .Set(GmvPath, $"{MiniCatalog.Gmv}\n---\n{MiniCatalog.PaidOrders.Replace("measure: orders", "measure: ordres")}");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.UnknownMeasure);
        ProblemAssert.At(problem, GmvPath, catalog.LineOf(GmvPath, "measure: ordres"));
        Assert.True(catalog.Replace(GmvPath, "ordres", "orders").Load().Succeeded);
    }

    [Fact]
    public void Outside_the_known_folders_the_top_level_key_decides_and_other_files_are_skipped()
    {
        var catalog = new MiniCatalog()
            .Set("catalog/metrics/paid_order_count.yaml", "")
            .Set("catalog/extra/paid.yml", MiniCatalog.PaidOrders)
            .Set("catalog/access/roles.yaml", "roles:\n  - { id: guest, metrics: { tags: [public] } }\n")
            .Set("catalog/notes/owners.yaml", "owners: [finance, marketing]\n");
        var result = catalog.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Contains("paid_order_count", result.Catalog!.Metrics.Keys);
        Assert.Equal(["public"], result.Catalog.Access.FindRole("guest")!.Metrics.Tags);
    }

    [Fact]
    public void Load_reads_a_directory_recursively_and_names_files_from_the_catalog_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), $"catalog-test-{Guid.NewGuid():N}", "catalog");
        try
        {
            var mini = new MiniCatalog().Replace(GmvPath, "measure: pay_amount", "measure: pay_amout");
            foreach (var path in new[] { "models/orders.yaml", "models/stores.yaml", "dimensions/region.yaml", "metrics/gmv.yaml", "metrics/aov.yaml" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.WriteAllText(Path.Combine(root, path), mini[$"catalog/{path}"]);
            }
            Directory.CreateDirectory(Path.Combine(root, "metrics", "sales"));
            File.WriteAllText(Path.Combine(root, "metrics", "sales", "paid.yml"), MiniCatalog.PaidOrders);

            var problem = ProblemAssert.Single(new CatalogLoader().Load(root), CatalogProblemCodes.UnknownMeasure);
            ProblemAssert.At(problem, GmvPath, mini.LineOf(GmvPath, "measure: pay_amout"));
            Assert.Equal($"{GmvPath}:{problem.Line}: unknown measure 'pay_amout' of model 'orders' in metric 'gmv' — did you mean 'pay_amount'?",
                problem.ToString());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }

    [Fact]
    public void A_missing_directory_is_a_problem()
    {
        var result = new CatalogLoader().Load(Path.Combine(Path.GetTempPath(), $"no-such-catalog-{Guid.NewGuid():N}"));
        Assert.Equal(CatalogProblemCodes.CatalogNotFound, Assert.Single(result.Problems).Code);
        Assert.Null(result.Catalog);
    }

    [Fact]
    public void The_content_hash_is_stable_and_changes_with_any_file()
    {
        var first = new MiniCatalog().Load().Catalog!.ContentHash;
        Assert.Equal(first, new MiniCatalog().Load().Catalog!.ContentHash);

        var reordered = new CatalogLoader().LoadFromText(Files(new MiniCatalog()).Reverse());
        Assert.Equal(first, reordered.Catalog!.ContentHash);

        var windowsLineEndings = new CatalogLoader().LoadFromText(Files(new MiniCatalog()).Select(f => (f.Item1, f.Item2.Replace("\n", "\r\n"))));
        Assert.Equal(first, windowsLineEndings.Catalog!.ContentHash);

        var edited = new MiniCatalog().Replace(GmvPath, "version: 1", "version: 2").Load().Catalog!.ContentHash;
        Assert.NotEqual(first, edited);
        var commented = new MiniCatalog().Replace("catalog/models/stores.yaml", "table: stores", "table: stores # master").Load().Catalog!.ContentHash;
        Assert.NotEqual(first, commented);
    }

    private static IEnumerable<(string, string)> Files(MiniCatalog catalog) =>
        new[] { "catalog/models/orders.yaml", "catalog/models/stores.yaml", "catalog/dimensions/region.yaml", GmvPath,
            "catalog/metrics/paid_order_count.yaml", "catalog/metrics/aov.yaml" }.Select(p => (p, catalog[p]));
}
