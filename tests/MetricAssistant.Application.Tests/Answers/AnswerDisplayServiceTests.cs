using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Tests.Shared;
using static MetricAssistant.Application.Tests.Answers.AnswerSamples;

namespace MetricAssistant.Application.Tests.Answers;

/// <summary>The display facts asked for in another language: the same rule, and bad requests as problem values.</summary>
public sealed class AnswerDisplayServiceTests
{
    private readonly AnswerDisplayService service = new(new SwitchableCatalogProvider(TestRepository.Catalog));

    private static Answer ByRegion() => Answered("gmv", Query("gmv", groupBy: "region"), [Dimension("region"), Metric("gmv")],
        ["east", 18145539.87m], ["south", 250_000_000m]);

    [Fact]
    public void An_answer_is_described_in_the_asked_language_by_the_same_rule_as_its_own()
    {
        var (english, problem) = service.Describe(ByRegion(), "en");
        Assert.Null(problem);
        Assert.Equal("en", english!.Language);
        Assert.Equal(AnswerDisplayBuilder.Describe(ByRegion(), TestRepository.Catalog, "en")!.Cells, english.Cells);
        var (chinese, _) = service.Describe(ByRegion(), "zh");
        Assert.NotEqual(english.Cells[0][1], chinese!.Cells[0][1]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fr")]
    [InlineData("")]
    public void An_unknown_language_is_a_problem(string? language)
    {
        var (display, problem) = service.Describe(ByRegion(), language);
        Assert.Null(display);
        Assert.Contains("language", problem);
    }

    [Fact]
    public void Rows_that_do_not_fit_the_columns_and_unanswered_answers_are_problems()
    {
        var ragged = ByRegion() with { Rows = [["east"]] };
        Assert.Contains("answer", service.Describe(ragged, "zh").Problem);
        Assert.Contains("answer", service.Describe(null, "zh").Problem);
        Assert.Contains("answered", service.Describe(new Answer { Status = AnswerStatus.Denied }, "zh").Problem);
    }
}
