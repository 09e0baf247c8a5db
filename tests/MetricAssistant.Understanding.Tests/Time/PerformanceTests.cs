using System.Diagnostics;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using Xunit.Abstractions;

namespace MetricAssistant.Understanding.Tests.Time;

/// <summary>
/// A rough latency check over ~200 varied questions (the target is well under 0.3 ms a question for
/// typical text). The bound asserted is loose so that a busy CI machine does not fail it; the measured
/// numbers are written to the test output.
/// </summary>
public class PerformanceTests(ITestOutputHelper output)
{
    private static readonly string[] Expressions =
    [
        "上个月", "本月", "上季度", "本季度", "去年", "今年", "本周", "上周", "近7天", "最近30天", "近三个月", "今年以来",
        "本月至今", "昨天", "2025年3月", "3月", "2025年q3", "第三季度", "去年第三季度", "上半年", "2025年1月到3月",
        "3月1日至15日", "2025年3月8日", "双11", "618", "近两周", "近半年", "过去12个月", "", "去年同期",
    ];

    private static readonly string[] EnglishExpressions =
    [
        "last month", "this month", "last quarter", "this year", "this week", "past 7 days", "last 30 days",
        "past 3 months", "year to date", "yesterday", "march 2025", "q3 2025", "last year's q3", "h1",
        "from jan to mar 2025", "march 1 to 15", "march 8 2025", "double 11", "last 6 months", "",
    ];

    public static IEnumerable<string> Questions()
    {
        foreach (var e in Expressions)
        {
            yield return e + "gmv";
            yield return $"华东区{e}各渠道的订单数";
            yield return $"{e}天猫客单价同比";
            yield return $"哪个门店{e}卖得最好";
        }
        foreach (var e in EnglishExpressions)
        {
            yield return $"gmv {e} by region";
            yield return $"top 5 stores {e}";
            yield return $"{e} tmall revenue vs last year";
            yield return $"which city had the highest aov {e}?";
        }
    }

    [Fact]
    public void Typical_questions_resolve_fast()
    {
        var resolver = new TimeExpressionResolver();
        resolver.WarmUp();
        var now = new DateTime(2025, 7, 15, 10, 0, 0);
        var questions = Questions().Select(TextNormalizer.Normalize).ToArray();
        foreach (var q in questions) for (var i = 0; i < 20; i++) resolver.Resolve(q, now); // JIT and tiering

        var perQuestion = new List<double>(questions.Length);
        foreach (var q in questions)
        {
            const int runs = 50;
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++) resolver.Resolve(q, now);
            perQuestion.Add(watch.Elapsed.TotalMilliseconds / runs);
        }
        perQuestion.Sort();
        var median = perQuestion[perQuestion.Count / 2];
        var p95 = perQuestion[(int)(perQuestion.Count * 0.95)];
        output.WriteLine($"{questions.Length} questions: median {median:F4} ms, p95 {p95:F4} ms, max {perQuestion[^1]:F4} ms");

        Assert.True(questions.Length >= 200);
        Assert.True(median < 1.0, $"median {median:F3} ms");
    }
}
