using MetricAssistant.Tests.Shared;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Tests.Notices;

/// <summary>
/// Words naming the asker's own part of a dimension (本区域, 我负责的几个渠道, "my region's stores … top 10") are read as before
/// and marked: the split they were read as is named with its words, so the asker's scope can take it away.
/// </summary>
public sealed class OwnScopeWordsTests
{
    private static readonly DateTime Now = new(2025, 7, 15, 10, 0, 0);
    private static readonly QuestionUnderstanding Reader =
        new(TestRepository.Catalog, new CatalogLexicon(TestRepository.Catalog), new TimeExpressionResolver(useRecognizers: false), null);

    private static Task<UnderstandingResult> ReadAsync(string question) => Reader.UnderstandAsync(question, Now, null, CancellationToken.None);

    [Theory]
    [InlineData("本区域今年以来新增会员数", "region")]
    [InlineData("我负责的几个渠道上个月GMV多少", "channel")]
    [InlineData("my region's stores, appointments by store last week, top 10", "region")]
    [InlineData("本渠道上个月订单数", "channel")]
    public async Task A_split_of_the_askers_own_part_is_marked(string question, string dimension)
    {
        var result = await ReadAsync(question);
        Assert.Contains(result.Notices.OfType<OwnScopeNamed>(), n => n.Dimension == dimension);
    }

    [Theory]
    [InlineData("各区域上个月GMV")]
    [InlineData("appointments by store last week, top 10")]
    [InlineData("上个月华东的订单数")]
    [InlineData("my channels' conversion rate last week, one row per channel")]
    [InlineData("我负责的渠道上个月GMV，按渠道分开列")]
    public async Task A_split_or_value_said_outright_is_not_marked(string question) =>
        Assert.Empty((await ReadAsync(question)).Notices.OfType<OwnScopeNamed>());
}
