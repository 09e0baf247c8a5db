using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using static MetricAssistant.Understanding.Tests.Time.TimeTestSupport;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>Any input, any reference time: an answer, never an exception; the same answer every time.</summary>
public class RobustnessTests
{
    public static TheoryData<string> Junk()
    {
        var random = new Random(20250715);
        var binary = new string(Enumerable.Range(0, 2_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray());
        var mixed = string.Concat(Enumerable.Range(0, 10_000).Select(i => "上个月2025年3月q3到-~近7天双11 618同比"[random.Next(0, 26)]));
        return new TheoryData<string>
        {
            new string('a', 10_000),
            new string('到', 10_000),
            string.Concat(Enumerable.Repeat("2025-", 2_000)),
            string.Concat(Enumerable.Repeat("2025年3月1日到", 800)),
            string.Concat(Enumerable.Repeat("from jan to ", 900)),
            binary,
            mixed,
            "\0\0\0上个月\0",
            "😀📈 上个月 gmv 🚀",
            "\ud800\udc00\ud83d",
            "9999年12月31日",
            "0000-00-00",
            "2025年13月45日",
            "2月30日",
            "近999999天",
            "past 9999 years",
            "99999年",
            "q9 2025",
            "第五季度",
        };
    }

    [Theory]
    [MemberData(nameof(Junk))]
    public void Junk_never_throws(string text)
    {
        var result = Resolver.Resolve(text, new DateTime(2025, 7, 15));

        Assert.NotNull(result);
        foreach (var m in result.Mentions)
        {
            Assert.InRange(m.Start, 0, text.Length - m.Length);
            Assert.True(m.Range.Start <= m.Range.End);
        }
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("0001-12-31")]
    [InlineData("9999-12-31")]
    [InlineData("9998-12-31")]
    [InlineData("9997-12-31")]
    public void Extreme_reference_times_never_throw(string now)
    {
        foreach (var q in new[] { "后年", "明年下半年", "去年", "上上个月", "近100年", "past 9999 days", "下周", "3月", "双11", "春节", "q4", "今年以来" })
            Assert.NotNull(Resolver.Resolve(q, DateTime.Parse(now)));
    }

    [Fact]
    public void Null_or_empty_text_has_no_time()
    {
        Assert.Same(TimeResolution.None, Resolver.Resolve("", DateTime.Now));
        Assert.Same(TimeResolution.None, Resolver.Resolve(null!, DateTime.Now));
    }

    [Fact]
    public void Invalid_dates_are_not_ranges()
    {
        Assert.Null(Resolve("2025年2月30日", "2025-07-15").Range);
        Assert.Null(Resolve("2025-02-30", "2025-07-15").Range);
        Assert.Null(Resolve("2月30日", "2025-07-15").Range);
    }

    [Fact]
    public void Resolution_is_deterministic_and_thread_safe()
    {
        var questions = new[] { "上个月tmall的gmv", "gmv q3 2025", "双11", "2025年1月到3月", "本月比上月", "last 30 days", "春节" };
        var now = new DateTime(2025, 7, 15);
        var expected = questions.Select(q => Resolver.Resolve(q, now)).ToArray();

        Parallel.For(0, 2_000, i =>
        {
            var q = questions[i % questions.Length];
            var actual = Resolver.Resolve(q, now);
            var want = expected[i % questions.Length];
            Assert.Equal(want.Range, actual.Range);
            Assert.Equal(want.ImpliedComparison, actual.ImpliedComparison);
            Assert.Equal(want.Mentions, actual.Mentions);
        });
    }

    [Fact]
    public void Text_that_was_not_lower_cased_still_resolves()
    {
        Assert.Equal(Range("2025-07-01", "2025-10-01"), Resolver.Resolve("GMV Q3 2025", new DateTime(2025, 7, 15)).Range);
    }

    [Fact]
    public void Normaliser_output_keeps_positions_of_chinese_text()
    {
        var text = TextNormalizer.Normalize("华东区，上个月的ＧＭＶ？");
        var mention = Assert.Single(Resolver.Resolve(text, new DateTime(2025, 7, 15)).Mentions);
        Assert.Equal("上个月", text.Substring(mention.Start, mention.Length));
    }
}
