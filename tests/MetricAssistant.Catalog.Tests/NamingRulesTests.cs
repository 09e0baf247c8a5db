using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

/// <summary>The naming rules as catalog data (catalog/governance/naming.yaml): each rule, and broken rule documents.</summary>
public sealed class NamingRulesTests
{
    private const string Rules = "catalog/governance/naming.yaml";
    private const string Gmv = "catalog/metrics/gmv.yaml";

    private const string Document = """
        naming:
          id_pattern: "^[a-z][a-z0-9_]*$"
          required_languages: [zh, en]
          reserved_words: [all, total, metric, 全部]
          max_id_length: 20
          max_name_length: 24
        """;

    private static MiniCatalog WithRules(string document = Document) => new MiniCatalog().Set(Rules, document);

    private static CatalogProblem Expect(MiniCatalog catalog, string code, string file, string lineMarker)
    {
        var problem = ProblemAssert.Single(catalog.Load(), code);
        ProblemAssert.At(problem, file, catalog.LineOf(file, lineMarker));
        return problem;
    }

    [Fact]
    public void The_document_is_read_into_the_catalog()
    {
        var catalog = WithRules().Load().Catalog!;
        Assert.Equal(["all", "total", "metric", "全部"], catalog.Naming.ReservedWords);
        Assert.Equal(20, catalog.Naming.MaxIdLength);
        Assert.Equal(24, catalog.Naming.MaxNameLength);
        Assert.Equal(Rules, catalog.Naming.Source.File);
    }

    [Fact]
    public void Without_a_document_the_rules_are_the_defaults() =>
        Assert.Same(NamingConventions.Default, new MiniCatalog().Load().Catalog!.Naming);

    [Fact]
    public void The_shipped_rules_are_loaded_and_the_shipped_catalog_follows_them()
    {
        var result = new CatalogLoader().Load(RepoPaths.Catalog);
        Assert.True(result.Problems.Count == 0, string.Join("\n", result.Problems));
        Assert.Contains("total", result.Catalog!.Naming.ReservedWords);
        Assert.Equal("catalog/governance/naming.yaml", result.Catalog.Naming.Source.File);
    }

    [Fact]
    public void An_id_must_match_the_documents_pattern()
    {
        // A pattern that asks for a domain prefix: "gmv" no longer passes.
        var catalog = WithRules(Document.Replace("^[a-z][a-z0-9_]*$", "^(sales|finance)_[a-z0-9_]+$")
            .Replace("max_id_length: 20", "max_id_length: 40"));
        var result = catalog.Load();
        var gmv = Assert.Single(result.Problems, p => p.File == Gmv);
        Assert.Equal(CatalogProblemCodes.InvalidId, gmv.Code);
        Assert.Equal(catalog.LineOf(Gmv, "metric: gmv"), gmv.Line);
        Assert.Contains("id_pattern ^(sales|finance)_[a-z0-9_]+$", gmv.Message);
    }

    [Fact]
    public void The_default_pattern_keeps_its_snake_case_message_and_suggestion()
    {
        const string Aov = "catalog/metrics/aov.yaml";
        var problem = Expect(WithRules().Replace(Aov, "metric: aov", "metric: AovPaid"), CatalogProblemCodes.InvalidId, Aov, "metric: AovPaid");
        Assert.Contains("must be snake_case", problem.Message);
        Assert.Equal("use 'aov_paid'", problem.Suggestion);
    }

    [Fact]
    public void Only_the_required_languages_are_required()
    {
        var englishMissing = new MiniCatalog().Replace(Gmv, "name: { zh: 支付GMV, en: GMV (paid) }", "name: { zh: 支付GMV }");
        Assert.Equal(CatalogProblemCodes.MissingName, ProblemAssert.Single(englishMissing.Load(), CatalogProblemCodes.MissingName).Code);

        var chineseOnly = WithRules(Document.Replace("[zh, en]", "[zh]")).Replace(Gmv, "name: { zh: 支付GMV, en: GMV (paid) }", "name: { zh: 支付GMV }");
        Assert.Empty(chineseOnly.Load().Problems);

        var chineseMissing = WithRules(Document.Replace("[zh, en]", "[zh]")).Replace(Gmv, "name: { zh: 支付GMV, en: GMV (paid) }", "name: { en: GMV }");
        Assert.Equal("metric 'gmv' has no Chinese name (zh)", Expect(chineseMissing, CatalogProblemCodes.MissingName, Gmv, "name:").Message);
    }

    [Theory]
    [InlineData("metric: gmv", "metric: total", "metric: total", "metric id 'total' is a reserved word")]
    [InlineData("name: { zh: 支付GMV, en: GMV (paid) }", "name: { zh: 全部, en: GMV (paid) }", "name:", "name (zh) '全部' is a reserved word")]
    [InlineData("name: { zh: 支付GMV, en: GMV (paid) }", "name: { zh: 支付GMV, en: ALL }", "name:", "name (en) 'ALL' is a reserved word")]
    public void Reserved_words_are_refused_as_ids_and_names(string from, string to, string marker, string message)
    {
        var catalog = WithRules().Replace(Gmv, from, to);
        if (to.StartsWith("metric: ", StringComparison.Ordinal))
            catalog.Replace("catalog/metrics/aov.yaml", "numerator: { metric: gmv }", "numerator: { metric: total }");
        var problem = Expect(catalog, CatalogProblemCodes.ReservedWord, Gmv, marker);
        Assert.Contains(message, problem.Message);
        Assert.StartsWith("choose a more specific word; reserved: all, total, metric, 全部", problem.Suggestion);
    }

    [Fact]
    public void Ids_and_names_over_the_limits_are_reported()
    {
        var longId = WithRules().Replace("catalog/metrics/paid_order_count.yaml", "metric: paid_order_count", "metric: paid_order_count_of_all_stores")
            .Replace("catalog/metrics/aov.yaml", "denominator: { metric: paid_order_count }", "denominator: { metric: paid_order_count_of_all_stores }");
        var problem = Expect(longId, CatalogProblemCodes.TooLong, "catalog/metrics/paid_order_count.yaml", "metric: paid_order_count");
        Assert.Contains("is 30 characters long; the naming rules allow at most 20", problem.Message);
        Assert.Equal("e.g. 'paid_order_count_of'", problem.Suggestion);

        var longName = WithRules().Replace(Gmv, "en: GMV (paid) }", "en: Gross merchandise value (paid) }");
        Assert.Contains("name (en) is 30 characters long", Expect(longName, CatalogProblemCodes.TooLong, Gmv, "name:").Message);
    }

    [Fact]
    public void A_pattern_that_is_not_a_regular_expression_is_reported_at_its_line()
    {
        var catalog = WithRules(Document.Replace("\"^[a-z][a-z0-9_]*$\"", "\"^[a-z(\""));
        var problem = Expect(catalog, CatalogProblemCodes.InvalidField, Rules, "id_pattern");
        Assert.Contains("is not a valid regular expression", problem.Message);
        Assert.Equal("e.g. '^[a-z][a-z0-9_]*$'", problem.Suggestion);
    }

    [Fact]
    public void An_unknown_language_gets_a_did_you_mean()
    {
        var problem = Expect(WithRules(Document.Replace("[zh, en]", "[zh, eng]")), CatalogProblemCodes.UnknownValue, Rules, "required_languages");
        Assert.Equal("did you mean 'en'?", problem.Suggestion);
    }

    [Fact]
    public void A_misspelt_field_gets_a_did_you_mean()
    {
        var problem = Expect(WithRules(Document.Replace("reserved_words:", "reserved_word:")), CatalogProblemCodes.UnknownField, Rules, "reserved_word");
        Assert.Equal("did you mean 'reserved_words'?", problem.Suggestion);
    }

    [Theory]
    [InlineData("max_id_length: 20", "max_id_length: 0", "max_id_length", "must be a positive whole number")]
    [InlineData("max_id_length: 20", "max_id_length: long", "max_id_length", "must be a whole number")]
    [InlineData("reserved_words: [all, total, metric, 全部]", "reserved_words: { all: 1 }", "reserved_words", "must be a list of values")]
    public void Malformed_limits_and_lists_are_reported(string from, string to, string marker, string message)
    {
        var problem = Expect(WithRules(Document.Replace(from, to)), CatalogProblemCodes.InvalidField, Rules, marker);
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void A_second_naming_document_is_reported()
    {
        var catalog = WithRules().Set("catalog/governance/naming_copy.yaml", Document);
        var problem = Expect(catalog, CatalogProblemCodes.DuplicateDocument, "catalog/governance/naming_copy.yaml", "naming:");
        Assert.Contains("the first is at catalog/governance/naming.yaml:1", problem.Message);
    }
}
