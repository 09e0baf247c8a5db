using MetricAssistant.Evals.Reports;
using MetricAssistant.Evals.Running;

namespace MetricAssistant.Evals.Tests.Conversations;

/// <summary>A small conversation set run end to end: loaded from YAML, asked through the real ask pipeline by the real runner, scored and reported.</summary>
public sealed class ConversationEndToEndTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "evals-conv-e2e-" + Guid.NewGuid().ToString("N"));

    public ConversationEndToEndTests()
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "conversation.yaml"), """
            - id: conversation-zh-001
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: zh
              tags: [conversation, narrow]
              turns:
                - question: 上个月各渠道的GMV
                  expect:
                    status: answered
                    query: { metrics: [gmv], groupBy: [channel], filters: [], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [{ field: gmv, desc: true }], limit: null, compare: null }
                - question: 只看天猫
                  expect:
                    status: answered
                    query: { metrics: [gmv], groupBy: [], filters: [{ dimension: channel, op: in, values: [tmall] }], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null }
                - question: 本月各区域的订单数
                  expect:
                    status: answered
                    query: { metrics: [order_count], groupBy: [region], filters: [], timeRange: { start: "2025-07-01", end: "2025-08-01" }, grain: null, orderBy: [{ field: order_count, desc: true }], limit: null, compare: null }
            - id: conversation-en-001
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: en
              tags: [conversation, time-shift]
              turns:
                - question: order count yesterday
                  expect:
                    status: answered
                    query: { metrics: [order_count], groupBy: [], filters: [], timeRange: { start: "2025-07-14", end: "2025-07-15" }, grain: null, orderBy: [], limit: null, compare: null }
                - question: what about the same day last year
                  expect:
                    status: answered
                    query: { metrics: [order_count], groupBy: [], filters: [], timeRange: { start: "2024-07-14", end: "2024-07-15" }, grain: null, orderBy: [], limit: null, compare: null }
            - id: conversation-zh-002
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: zh
              tags: [conversation, choose]
              turns:
                - question: 上个月的客户数
                  expect: { status: clarification_needed, alternatives: [paying_customers, new_customers, total_customers] }
                - choose: paying_customers
                  expect:
                    status: answered
                    query: { metrics: [paying_customers], groupBy: [], filters: [], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null }
            - id: conversation-zh-003
              question: 只看天猫
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: zh
              tags: [filter]
              expect:
                status: answered
                query: { metrics: [gmv], groupBy: [], filters: [{ dimension: channel, op: in, values: [tmall] }], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null }
            """);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Follow_ups_are_answered_in_their_conversation_and_scored_turn_by_turn()
    {
        var (ask, expected) = RealPipeline.Build();
        var report = await new EvalSession(ask, expected, null, new EvalRunnerOptions(4, TimeSpan.FromSeconds(60)))
            .RunAsync([new EvalSetSource("conv", directory, false)], "rules", Path.Combine(directory, "absent"), CancellationToken.None);

        var set = report.Sets.Single();
        Assert.Empty(set.Problems);
        var byId = report.Cases.ToDictionary(c => c.Id);
        Assert.Equal(["conversation-zh-001#1", "conversation-zh-001#2", "conversation-zh-001#3", "conversation-en-001#1", "conversation-en-001#2",
            "conversation-zh-002#1", "conversation-zh-002#2", "conversation-zh-003"], report.Cases.Select(c => c.Id));
        foreach (var turn in report.Cases.Where(c => c.Turn is not null))
        {
            Assert.True(turn.Score.Passed, $"{turn.Id}: {string.Join("; ", MarkdownReportWriter.Wrong(turn))} {turn.Actual.Message}");
            if (turn.Expected.Status == "answered") Assert.True(turn.Score.ExecutionMatch, turn.Id);
        }
        Assert.Equal("上个月的客户数 paying_customers", byId["conversation-zh-002#2"].Question);
        // The same words alone, outside a conversation, have nothing to narrow: only the conversation makes the follow-up right.
        Assert.False(byId["conversation-zh-003"].Score.Passed);
        Assert.Equal(new Scoring.Rate(3, 3), set.Conversations!.Overall.Whole);
        Assert.Equal(new Scoring.Rate(4, 4), set.Conversations.Overall.FollowUps);
    }
}
