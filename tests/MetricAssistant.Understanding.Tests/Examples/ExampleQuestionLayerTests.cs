using MetricAssistant.QueryModel;
using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Tests.Examples;

/// <summary>
/// The question layer: accepted learned examples decide the metric of the same wording (time and values masked)
/// from the next question on, with the rest read from the new question; typical questions fill a blank; a close
/// wording is evidence offered as a choice. What the source does not hold (pending, rejected) changes nothing.
/// </summary>
public sealed class ExampleQuestionLayerTests
{
    private static readonly DateTime Now = new(2025, 9, 10, 10, 0, 0);
    private static readonly TimeExpressionResolver Time = new(useRecognizers: false);
    private static readonly CatalogLexicon Lexicon = new(TestRepository.Catalog);

    private sealed class Source : IExampleSource
    {
        public ExampleSnapshot Current { get; set; } = ExampleSnapshot.Empty;

        public void Accept(params QuestionExample[] examples) => Current = new ExampleSnapshot(Current.Version + 1, [.. Current.Examples, .. examples]);
    }

    private static QuestionUnderstanding Reader(IExampleSource? source) => new(TestRepository.Catalog, Lexicon, Time, null, source);

    private static Task<UnderstandingResult> ReadAsync(QuestionUnderstanding reader, string question) => reader.UnderstandAsync(question, Now, null, CancellationToken.None);

    [Fact]
    public async Task An_accepted_example_answers_the_same_wording_at_once_with_time_and_values_from_the_new_question()
    {
        var source = new Source();
        var reader = Reader(source);
        Assert.NotEqual(UnderstandingOutcome.Query, (await ReadAsync(reader, "本周华南老板最关心的那个数")).Outcome);

        source.Accept(new QuestionExample("上个月华东老板最关心的那个数", ["gmv"]));
        var result = await ReadAsync(reader, "本周华南老板最关心的那个数");

        Assert.Equal(UnderstandingOutcome.Query, result.Outcome);
        Assert.Equal(["gmv"], result.Query!.Metrics);
        Assert.Equal(new QueryFilter("region", QueryFilterOperator.In, ["south"]), Assert.Single(result.Query.Filters));
        Assert.Equal(new DateRange(new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 15)), result.Query.TimeRange);
    }

    [Fact]
    public async Task An_accepted_example_settles_a_word_that_was_a_question_back()
    {
        var source = new Source();
        var reader = Reader(source);
        var before = await ReadAsync(reader, "本周华东的客户数");
        Assert.Equal(UnderstandingOutcome.Clarify, before.Outcome);
        Assert.Contains("new_customers", before.Alternatives);

        source.Accept(new QuestionExample("上个月华南的客户数", ["new_customers"]));
        var after = await ReadAsync(reader, "本周华东的客户数");
        Assert.Equal(["new_customers"], after.Query!.Metrics);
        Assert.Equal("east", Assert.Single(after.Query.Filters).Values.Single());
    }

    [Fact]
    public async Task Without_accepted_examples_answers_are_those_of_a_reader_without_the_layer()
    {
        var withEmpty = Reader(new Source());
        var without = Reader(null);
        foreach (var question in new[] { "上个月华东区各渠道的GMV", "本周华东的转化率", "AOV by channel last quarter", "老板最关心的那个数", "库存周转天数" })
        {
            var a = await ReadAsync(withEmpty, question);
            var b = await ReadAsync(without, question);
            Assert.Equal((b.Outcome, string.Join(",", b.Query?.Metrics ?? []), string.Join(",", b.Alternatives)), (a.Outcome, string.Join(",", a.Query?.Metrics ?? []), string.Join(",", a.Alternatives)));
        }
    }

    [Fact]
    public async Task A_later_acceptance_of_the_same_wording_wins_and_a_deprecated_metric_reads_as_its_successor()
    {
        var source = new Source();
        var reader = Reader(source);
        source.Accept(new QuestionExample("老板最关心的那个数", ["gmv"]), new QuestionExample("老板最关心的那个数", ["order_count"]));
        Assert.Equal(["order_count"], (await ReadAsync(reader, "上周老板最关心的那个数")).Query!.Metrics);

        var deprecated = TestRepository.Catalog.Metrics.Values.First(m => !m.IsPublished && TestRepository.Catalog.SuccessorOf(m.Id) is not null);
        source.Accept(new QuestionExample("老板最关心的那个数", [deprecated.Id]));
        var result = await ReadAsync(reader, "上周老板最关心的那个数");
        Assert.Equal([TestRepository.Catalog.SuccessorOf(deprecated.Id)!.Id], result.Query!.Metrics);
        Assert.Contains(new AnsweredByReplacement(deprecated.Id, TestRepository.Catalog.SuccessorOf(deprecated.Id)!.Id), result.Notices);
    }

    [Fact]
    public async Task A_wording_close_to_an_accepted_example_is_offered_as_a_choice()
    {
        var source = new Source();
        var reader = Reader(source);
        source.Accept(new QuestionExample("老板最关心的那个数字", ["gmv"]));
        var result = await ReadAsync(reader, "上周老板最关心那个数字");
        Assert.Equal(UnderstandingOutcome.Clarify, result.Outcome);
        Assert.Equal("gmv", result.Alternatives[0]);
    }

    [Fact]
    public void Keys_mask_time_values_and_dimension_words_only()
    {
        var keys = new ExampleKeys(Lexicon, Time);
        Assert.Equal(keys.Of("上个月华东的进账"), keys.Of("本周华南的进账"));
        Assert.Equal(keys.Of("GMV in East China last month"), keys.Of("GMV in South China this week"));
        Assert.Equal(keys.Of("各渠道的进账"), keys.Of("各区域的进账"));
        Assert.NotEqual(keys.Of("上个月的进账"), keys.Of("上个月的出账"));
        Assert.NotEqual(keys.Of("上个月的GMV"), keys.Of("上个月的AOV"));
    }

    [Fact]
    public void A_typical_question_of_the_catalog_fills_a_choice_that_names_no_metric()
    {
        var metric = TestRepository.Catalog.Metrics.Values.First(m => m.IsPublished && m.TypicalQuestions.Count > 0);
        var chooser = new ExampleChooser(TestRepository.Catalog, Lexicon, null);
        var keys = new ExampleKeys(Lexicon, Time);
        var none = new MetricChoice([], [], []);
        Assert.Equal([metric.Id], chooser.OrTypical(keys.Of(metric.TypicalQuestions[0]), none).Metrics);
        Assert.Same(none, chooser.OrTypical(keys.Of("完全无关的一句话"), none));
        var named = new MetricChoice(["aov"], [], []);
        Assert.Same(named, chooser.OrTypical(keys.Of(metric.TypicalQuestions[0]), named));
    }
}
