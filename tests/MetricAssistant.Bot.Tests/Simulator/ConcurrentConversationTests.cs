using System.Diagnostics;
using System.Globalization;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Bot.Cards;
using MetricAssistant.Tests.Shared;
using Xunit.Abstractions;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>
/// 50 Teams conversations asking at once through the simulator: every one gets its own correct card.
/// The reply latency (simulator's message → the bot's card arriving at the simulator) is written to
/// artifacts/teams-figures.txt; it is a figure, not an assertion.
/// </summary>
[Collection(TeamsSimulatorCollection.Name)]
public sealed class ConcurrentConversationTests(TeamsSimulatorFixture teams, ITestOutputHelper output)
{
    private static readonly string[] Questions =
    [
        "上个月华东区各渠道的GMV", "AOV by channel last quarter", "上个月的订单数", "2025年每季度净GMV", "top 5 stores by GMV last month",
        "上个月各区域的客单价", "visitors last month by region", "今年以来的退款金额", "上季度各品类的销量", "new customers by month in 2025",
    ];

    [SkippableFact]
    public async Task Fifty_concurrent_conversations_are_all_answered_correctly()
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        var conversations = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => teams.NewConversationAsync()));
        var expected = new Dictionary<string, Answer>();
        foreach (var question in Questions)
            expected[question] = await ApiAnswers.AskAsync(teams.Http, teams.ServiceUrl, question, "ceo", TeamsSimulatorFixture.Now);

        var wall = Stopwatch.StartNew();
        var results = await Task.WhenAll(conversations.Select(async (conversation, i) =>
        {
            var question = Questions[i % Questions.Length];
            var watch = Stopwatch.StartNew();
            var message = await teams.AskAsync(conversation, question, TimeSpan.FromSeconds(120));
            return (Question: question, Message: message, Latency: watch.Elapsed.TotalMilliseconds);
        }));
        wall.Stop();

        foreach (var (question, message, _) in results)
        {
            var answer = expected[question];
            Assert.Equal(AnswerStatus.Answered, answer.Status);
            var language = question.Any(c => c >= '\u4e00' && c <= '\u9fff') ? "zh" : "en";
            Assert.Contains(answer.Message!, message.AllText);
            var formatter = new AnswerTableFormatter(TestRepository.Catalog, CardText.For(language));
            if (answer.Rows.Count > 1)
                Assert.Equal(formatter.Rows(answer)[0], CardWalker.TableRows(message.Card)[1]);
            // Nothing crossed between conversations: each got exactly one card, its own.
            Assert.Single(teams.Messages(message.ConversationId));
        }

        var latencies = results.Select(r => r.Latency).Order().ToArray();
        var figures = string.Create(CultureInfo.InvariantCulture,
            $"teams reply latency, 50 concurrent conversations through the simulator: median {Percentile(latencies, 0.5):0} ms, p95 {Percentile(latencies, 0.95):0} ms, max {latencies[^1]:0} ms, all 50 answered in {wall.Elapsed.TotalMilliseconds:0} ms");
        output.WriteLine(figures);
        var path = Path.Combine(TestRepository.Root, "artifacts", "teams-figures.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, figures + Environment.NewLine);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
