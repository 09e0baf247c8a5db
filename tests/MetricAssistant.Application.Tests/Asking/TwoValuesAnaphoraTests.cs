using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Asking;

/// <summary>
/// "the two" / 两个 after two answers that differ in one value are those two values: compared (split by them) unless the
/// question sums them ("both together", 两个加起来).
/// </summary>
public sealed class TwoValuesAnaphoraTests
{
    private readonly AskHarness harness = new(TestRepository.Catalog);

    [Theory]
    [InlineData("orders on Tmall in June", "and JD?", "compare the two", true)]
    [InlineData("orders on Tmall in June", "and JD?", "both together", false)]
    [InlineData("上个月华东的GMV", "华南呢", "这两个对比一下", true)]
    [InlineData("上个月华东的GMV", "华南呢", "两个加起来", false)]
    public async Task The_two_are_the_values_of_the_last_two_answers(string first, string second, string third, bool split)
    {
        var conversation = Guid.NewGuid().ToString("N");
        var before = await harness.AskAsync(first, "ceo", conversation);
        var after = await harness.AskAsync(second, "ceo", conversation);
        var answer = await harness.AskAsync(third, "ceo", conversation);

        var dimension = before.Query!.Filters!.Single().Dimension;
        var filter = answer.Query!.Filters!.Single();
        Assert.Equal(dimension, filter.Dimension);
        Assert.Equal([before.Query.Filters!.Single().Values!.Single(), after.Query!.Filters!.Single().Values!.Single()], filter.Values);
        Assert.Equal(split ? [dimension!] : [], answer.Query.GroupBy ?? []);
        Assert.Equal(before.Query.TimeRange, answer.Query.TimeRange);
    }
}
