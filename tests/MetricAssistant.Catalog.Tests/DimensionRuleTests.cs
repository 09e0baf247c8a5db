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

    [Fact]
    public void A_value_needs_names_in_both_languages()
    {
        var catalog = new MiniCatalog().Replace(Region, "zh: 华北, ", "");
        var problem = ProblemAssert.Single(catalog.Load(), CatalogProblemCodes.MissingName);
        ProblemAssert.At(problem, Region, catalog.LineOf(Region, "code: north"));
        Assert.Equal("value 'north' of dimension 'region' has no Chinese name (zh)", problem.Message);
    }
}
