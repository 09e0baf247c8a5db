using System.Text.Json;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Evals.Gate;
using MetricAssistant.Evals.Reports;
using MetricAssistant.Evals.Running;
using MetricAssistant.Evals.Scoring;
using static MetricAssistant.Evals.Tests.Conversations.ConversationFakes;
using static MetricAssistant.Evals.Tests.Harness.HarnessFakes;

namespace MetricAssistant.Evals.Tests.Conversations;

/// <summary>The conversation figures in the report, its writers, the baseline and the gate.</summary>
public sealed class ConversationReportTests
{
    private static readonly EvalExpectation ByChannel = Answered(Query("gmv", groupBy: ["channel"], orderBy: [new("gmv", true)]));
    private static readonly EvalExpectation Tmall = Answered(Query("gmv", filters: [new("channel", "in", ["tmall"])]));
    private static readonly EvalExpectation Jd = Answered(Query("gmv", filters: [new("channel", "in", ["jd"])]));
    private static readonly EvalExpectation Orders = Answered(Query("order_count", groupBy: ["region"], orderBy: [new("order_count", true)]));
    private static readonly EvalExpectation Total = Answered(Query("order_count"));

    /// <summary>Three conversations and a single case: zh narrow all right; en narrow with its follow-up wrong; zh total with its first turn wrong.</summary>
    private static IReadOnlyList<EvalCase> Cases() =>
    [
        .. Conversation("conversation-zh-001", "zh", "narrow", Turn("上个月各渠道的GMV", ByChannel), Turn("只看天猫", Tmall)),
        .. Conversation("conversation-en-001", "en", "narrow", Turn("GMV by channel last month", ByChannel), Turn("just JD", Jd)),
        Case("time-zh-001", Tmall, question: "上个月天猫的GMV"),
        .. Conversation("conversation-zh-002", "zh", "total", Turn("上个月各区域的订单数", Orders), Turn("总共呢", Total)),
    ];

    private static Dictionary<string, Answer> RightAnswers() => new()
    {
        ["上个月各渠道的GMV"] = AnswerAs("上个月各渠道的GMV", ByChannel),
        ["只看天猫"] = AnswerAs("只看天猫", Tmall),
        ["GMV by channel last month"] = AnswerAs("GMV by channel last month", ByChannel),
        ["just JD"] = AnswerAs("just JD", Jd),
        ["上个月天猫的GMV time-zh-001"] = AnswerAs("上个月天猫的GMV time-zh-001", Tmall),
        ["上个月各区域的订单数"] = AnswerAs("上个月各区域的订单数", Orders),
        ["总共呢"] = AnswerAs("总共呢", Total),
    };

    private static async Task<EvalReport> RunAsync(IReadOnlyList<EvalCase> cases, Dictionary<string, Answer> answers)
    {
        var results = await new EvalRunner(new RecordingAsk(answers, TimeSpan.Zero), new RowsRunner(), new EvalRunnerOptions(4, TimeSpan.FromSeconds(10)))
            .RunAsync("golden", cases, CancellationToken.None);
        var run = new SetRun(new EvalSetSource("golden", "evals/golden", false), [], results);
        return ReportBuilder.Build([run], ConformanceSection.Skipped("time", "none", "folder absent"), "rules", TimeSpan.FromSeconds(1), DateTimeOffset.UnixEpoch);
    }

    private static Dictionary<string, Answer> Spoiled()
    {
        var answers = RightAnswers();
        answers["just JD"] = AnswerAs("just JD", Tmall);
        answers["上个月各区域的订单数"] = AnswerAs("上个月各区域的订单数", Total);
        return answers;
    }

    [Fact]
    public async Task Turns_first_turns_follow_ups_and_whole_conversations_are_counted_per_kind_and_language()
    {
        var set = (await RunAsync(Cases(), Spoiled())).Sets.Single();

        var all = set.Conversations!.Overall;
        Assert.Equal((3, new Rate(1, 3), new Rate(4, 6), new Rate(2, 3), new Rate(2, 3)), (all.Conversations, all.Whole, all.Turns, all.FirstTurns, all.FollowUps));
        Assert.Equal(["narrow", "total"], set.Conversations.Kinds.Keys);
        Assert.Equal((new Rate(1, 2), new Rate(3, 4), new Rate(2, 2), new Rate(1, 2)),
            (set.Conversations.Kinds["narrow"].Whole, set.Conversations.Kinds["narrow"].Turns, set.Conversations.Kinds["narrow"].FirstTurns, set.Conversations.Kinds["narrow"].FollowUps));
        Assert.Equal((new Rate(0, 1), new Rate(0, 1), new Rate(1, 1)), (set.Conversations.Kinds["total"].Whole, set.Conversations.Kinds["total"].FirstTurns, set.Conversations.Kinds["total"].FollowUps));
        Assert.Equal(["zh", "en"], set.Conversations.Languages.Keys);
        Assert.Equal(new Rate(1, 2), set.Conversations.Languages["zh"].Whole);
        Assert.Equal(new Rate(0, 1), set.Conversations.Languages["en"].Whole);

        // Every turn is a case of the set's scores, categories and languages.
        Assert.Equal(7, set.Overall.Cases);
        Assert.Equal(new Rate(5, 7), set.Overall.Full);
        Assert.Equal(new Rate(4, 6), set.Categories["conversation"].Full);
        Assert.Equal(new Rate(1, 2), set.Categories["total"].Full);
    }

    [Fact]
    public async Task Markdown_html_and_the_console_show_the_conversation_figures_and_the_failing_turns()
    {
        var report = await RunAsync(Cases(), Spoiled());

        var md = MarkdownReportWriter.Render(report);
        Assert.Contains("## Conversations — golden", md);
        Assert.Contains("| all | 3 | 33.3% (1/3) | 66.7% (4/6) | 66.7% (2/3) | 66.7% (2/3) |", md);
        Assert.Contains("| kind: narrow | 2 | 50.0% (1/2) | 75.0% (3/4) | 100.0% (2/2) | 50.0% (1/2) |", md);
        Assert.Contains("| language: en | 1 | 0.0% (0/1) | 50.0% (1/2) | 100.0% (1/1) | 0.0% (0/1) |", md);
        Assert.Contains("### `conversation-en-001#2` — just JD", md);
        Assert.Contains("Turn 2 of 2 of `conversation-en-001` (a follow-up).", md);
        Assert.Contains("### `conversation-zh-002#1` — 上个月各区域的订单数", md);
        Assert.Contains("Wrong: query: filters", md);

        var html = HtmlReportWriter.Render(report);
        Assert.Contains("<h2>Conversations — golden</h2>", html);
        Assert.Contains("<td>kind: total</td><td>1</td><td>0.0% (0/1)</td>", html);
        Assert.Contains("Turn 2 of 2 of conversation-en-001 (a follow-up).", html);

        var console = ConsoleSummary.Lines(report).ToArray();
        Assert.Contains("  3 conversations: whole 33.3% (1/3)  turns 66.7% (4/6)  first turns 66.7% (2/3)  follow-up turns 66.7% (2/3)", console);
        Assert.Contains("  weakest follow-up kinds: total 0.0%, narrow 50.0%", console);
    }

    [Fact]
    public async Task A_set_without_conversation_cases_reports_as_before()
    {
        var report = await RunAsync([Case("time-zh-001", Tmall, question: "上个月天猫的GMV")], RightAnswers());

        Assert.Null(report.Sets[0].Conversations);
        var json = JsonSerializer.Serialize(report, ReportJson.Indented);
        Assert.DoesNotContain("\"conversations\"", json);
        Assert.DoesNotContain("\"turn\"", json);
        Assert.DoesNotContain("Conversations", MarkdownReportWriter.Render(report));
        Assert.DoesNotContain("Conversations", HtmlReportWriter.Render(report));
        Assert.DoesNotContain(ConsoleSummary.Lines(report), l => l.Contains("conversations", StringComparison.Ordinal));
        Assert.Equal(["full", "status", "metric", "query", "alternatives", "execution"], Baseline.From(report).Sets[0].Scores.Keys);
    }

    [Fact]
    public async Task The_json_report_keeps_turns_and_conversation_figures()
    {
        var report = await RunAsync(Cases(), Spoiled());

        var back = JsonReportWriter.Parse(JsonSerializer.Serialize(report, ReportJson.Indented))!;

        Assert.Equal(new EvalTurn("conversation-en-001", 2, 2), back.Cases.Single(c => c.Id == "conversation-en-001#2").Turn);
        Assert.Null(back.Cases.Single(c => c.Id == "time-zh-001").Turn);
        Assert.Equal(new Rate(1, 3), back.Sets[0].Conversations!.Overall.Whole);
    }

    [Fact]
    public async Task The_baseline_keeps_turn_ids_and_the_gate_names_a_broken_turn_and_the_conversations_drop()
    {
        var path = Path.Combine(Path.GetTempPath(), $"baseline-{Guid.NewGuid():N}.json");
        try
        {
            BaselineFile.Write(Baseline.From(await RunAsync(Cases(), RightAnswers())), path);
            var before = BaselineFile.Read(path);
            Assert.Contains("conversation-en-001#2", before.Sets[0].Passed);
            Assert.Equal(1.0, before.Sets[0].Scores[Baseline.ConversationsScore]);
            Assert.Equal(1.0, before.Sets[0].Scores[Baseline.FollowUpTurnsScore]);

            var after = Baseline.From(await RunAsync(Cases(), Spoiled()));
            var gate = BaselineGate.Check(before, after);

            Assert.False(gate.Passed);
            Assert.Equal(["conversation-en-001#2", "conversation-zh-002#1"], gate.NewlyFailing.Select(c => c.Id).Order(StringComparer.Ordinal));
            Assert.Contains(gate.Drops, d => d.Score == Baseline.ConversationsScore && d.Before == 1.0 && Math.Abs(d.After!.Value - 1.0 / 3) < 1e-5);
            Assert.Contains(gate.Describe(), l => l.Contains("conversation-en-001#2 (golden)", StringComparison.Ordinal));
            Assert.Equal(["conversation-en-001#2", "conversation-zh-002#1"], ReportComparer.Compare(before, after).Broken.Select(c => c.Id));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
