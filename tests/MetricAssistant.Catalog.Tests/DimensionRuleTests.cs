using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

public sealed class DimensionRuleTests
{
    private const string Region = "catalog/dimensions/region.yaml";

    [Fact]
    public void Two_values_with_the_same_code()
    {
        var catalog = new MiniCatalog().Replace(Region, "{ code: north,", "{ code: east,");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.DuplicateValueCode);
        ProblemAssert.At(problem, Region, catalog.LineOf(Region, "zh: 华北"));
        Assert.Equal("merge the two values or give one another code", problem.Suggestion);
    }

    [Fact]
    public void A_word_naming_two_values_of_one_dimension()
    {
        var catalog = new MiniCatalog().Replace(Region, "synonyms: [华北区]", "synonyms: [华北区, 华东区]");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.ValueSynonymConflict);
        ProblemAssert.At(problem, Region, catalog.LineOf(Region, "code: north"));
        Assert.Equal("'华东区' names both value 'east' and value 'north' of dimension 'region'", problem.Message);
        Assert.Equal("keep the word on one value only", problem.Suggestion);
    }

    [Fact]
    public void Value_words_conflict_case_insensitively()
    {
        var catalog = new MiniCatalog().Replace(Region, "synonyms: [华北区]", "synonyms: [华北区, EAST CHINA]");
        ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.ValueSynonymConflict);
    }

    [Fact]
    public void A_value_lies_only_within_a_value_of_another_dimension()
    {
        var catalog = new MiniCatalog().Replace(Region, "synonyms: [华北区] }", "synonyms: [华北区], within: { online_offline: online } }");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.UnknownDimensionValue);
        ProblemAssert.At(problem, Region, catalog.LineOf(Region, "code: north"));
        Assert.Equal("value 'north' of dimension 'region' lies within 'online_offline: online', which is no value of another dimension", problem.Message);
    }

    [Fact]
    public void A_value_lies_not_within_its_own_dimension()
    {
        var catalog = new MiniCatalog().Replace(Region, "synonyms: [华北区] }", "synonyms: [华北区], within: { region: east } }");
        ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.UnknownDimensionValue);
    }

    private const string City = "catalog/dimensions/city.yaml";
    private const string Store = "catalog/dimensions/store.yaml";

    private static MiniCatalog WithCitiesAndStores(string storeWithin) => new MiniCatalog()
        .Set(City, """
            dimension: city
            name: { zh: 城市, en: City }
            code_type: string
            values:
              - { code: Shanghai, zh: 上海, en: Shanghai, within: { region: east } }
              - { code: Beijing, zh: 北京, en: Beijing, within: { region: north } }
            """)
        .Set(Store, $$"""
            dimension: store
            name: { zh: 门店, en: Store }
            code_type: integer
            values:
              - { code: "1", zh: 上海一店, en: Shanghai One, within: { {{storeWithin}} } }
            """);

    [Fact]
    public void A_value_lies_within_values_of_two_dimensions_that_agree()
    {
        var loaded = WithCitiesAndStores("city: Shanghai, region: east").Load();
        Assert.True(loaded.Problems.Count == 0, string.Join("\n", loaded.Problems));
        var store = loaded.Catalog!.Dimensions["store"].Values.Single();
        Assert.Equal([new("city", "Shanghai"), new("region", "east")], store.Within);
        Assert.Equal("north", loaded.Catalog.Dimensions["city"].FindValue("Beijing")!.Within.Single(w => w.Dimension == "region").Code);
    }

    [Fact]
    public void Two_values_a_value_lies_within_must_agree()
    {
        var catalog = WithCitiesAndStores("city: Shanghai, region: north");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.WithinConflict);
        ProblemAssert.At(problem, Store, catalog.LineOf(Store, "code: \"1\""));
        Assert.Equal("value '1' of dimension 'store' lies within 'city: Shanghai' and 'region: north', but 'Shanghai' lies within 'region: east'", problem.Message);
    }

    [Fact]
    public void A_value_needs_names_in_both_languages()
    {
        var catalog = new MiniCatalog().Replace(Region, "zh: 华北, ", "");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.MissingName);
        ProblemAssert.At(problem, Region, catalog.LineOf(Region, "code: north"));
        Assert.Equal("value 'north' of dimension 'region' has no Chinese name (zh)", problem.Message);
    }
}
