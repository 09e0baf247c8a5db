using MetricAssistant.Understanding.Parsing;

namespace MetricAssistant.Understanding.Tests.Parsing;

/// <summary>
/// A superlative said with every row asked ("最差的排前面，全部列出来", "worst first, list them all") names which end comes
/// first: an order over all rows, no limit (CONVENTIONS "Ranking"). A superlative alone still asks for the one row.
/// </summary>
public sealed class RankingAllRowsTests
{
    [Theory]
    [InlineData("上个月各门店的退款率，最差的排前面，全部列出来", RankingEnd.Worst)]
    [InlineData("各区域的GMV，最好的放在前头，都列出来", RankingEnd.Best)]
    [InlineData("客单价最低的排在前面，所有的都列一下", RankingEnd.Lowest)]
    [InlineData("refund rate by store last month, worst first, list them all", RankingEnd.Worst)]
    [InlineData("the weakest regions by margin — show me all of them", RankingEnd.Worst)]
    public void Orders_every_row_with_the_end_named_first(string question, RankingEnd end)
    {
        var ranking = RankingDetector.Detect(question);
        Assert.NotNull(ranking);
        Assert.Equal(end, ranking.End);
        Assert.Null(ranking.Limit);
    }

    [Theory]
    [InlineData("上个月退款率最差的门店")]
    [InlineData("which store did worst last month")]
    public void A_superlative_alone_still_asks_for_one_row(string question) =>
        Assert.Equal(1, RankingDetector.Detect(question)?.Limit);
}
