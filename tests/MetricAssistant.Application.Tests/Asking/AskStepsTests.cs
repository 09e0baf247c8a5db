using MetricAssistant.Application.Asking;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Learning;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Application.Tests.Asking;

/// <summary>
/// The steps of answering a question, end to end on the real catalog: what each step adds to the
/// answer's message and warnings, and which answers become a conversation's context.
/// </summary>
public sealed class AskStepsTests
{
    private readonly AskHarness harness = new(TestRepository.Catalog);

    [Fact]
    public async Task A_deprecated_name_is_answered_by_its_replacement_and_warned_about()
    {
        var answer = await harness.AskAsync("legacy sales amount last month");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("gmv", answer.Metric!.Id);
        const string Warning = "'Sales amount (legacy)' is deprecated; answered with its replacement, GMV (paid).";
        Assert.Equal([Warning], answer.Warnings);
        Assert.EndsWith(" " + Warning, answer.Message);
    }

    [Theory]
    [InlineData("上个月的订单数和GMV", "2025年6月 订单数：0，支付GMV：0元。")]
    [InlineData("orders and GMV last month", "Orders, June 2025: 0; GMV (paid): ¥0.")]
    public async Task Every_metric_asked_is_in_the_message_not_only_the_first(string question, string expected)
    {
        var answer = await harness.AskAsync(question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(expected, answer.Message);
    }

    [Theory]
    [InlineData("上个月GMV 扣了券的那个口径不要")]
    [InlineData("上个月GMV，不要财务口径")]
    [InlineData("last month's GMV, not the finance one")]
    [InlineData("上个月不扣券的那种GMV")]
    public async Task An_answer_with_another_definition_than_the_standard_does_not_say_it_used_the_standard(string question)
    {
        var answer = await harness.AskAsync(question);
        if (answer.Status != AnswerStatus.Answered) return;
        Assert.NotEqual("gmv", answer.Metric!.Id);
        Assert.DoesNotContain("公司标准口径", answer.Message);
        Assert.DoesNotContain("company standard", answer.Message);
    }

    [Fact]
    public async Task A_follow_up_states_the_previous_question_then_the_scope_then_the_choices()
    {
        var first = await harness.AskAsync("2025年6月的GMV", "east_wang", "c1");
        Assert.Equal(AnswerStatus.Answered, first.Status);
        Assert.EndsWith("（数据范围：华东） 按公司标准口径“支付GMV”（财务部）计算；其他口径：净GMV(剔除优惠券)、下单GMV。", first.Message);

        var next = await harness.AskAsync("按渠道看看", "east_wang", "c1");
        Assert.Equal(AnswerStatus.Answered, next.Status);
        Assert.Equal("2025年6月的GMV", next.FollowUpOf);
        Assert.EndsWith(" （沿用上一问：支付GMV，2025年6月） （数据范围：华东）", next.Message);
    }

    [Fact]
    public async Task A_conversation_keeps_which_end_was_asked_for_so_another_metric_is_judged_again()
    {
        var first = await harness.AskAsync("上个月退款率最好的门店", "ceo", "best");
        Assert.False(first.Query!.OrderBy![0].Desc);

        // The best GMV is the highest, though the best refund rate was the lowest.
        var next = await harness.AskAsync("换成GMV", "ceo", "best");
        Assert.Equal("gmv", next.Metric!.Id);
        Assert.True(next.Query!.OrderBy![0].Desc);
        Assert.Equal(1, next.Query.Limit);

        // And through a second follow-up: the worst cancellation rate is the highest.
        var third = await harness.AskAsync("倒过来，换成取消率", "ceo", "best");
        Assert.Equal("cancel_rate", third.Metric!.Id);
        Assert.True(third.Query!.OrderBy![0].Desc);
    }

    [Theory]
    [InlineData("上周京东的订单金额", "付了钱的那个", "gmv")]
    [InlineData("customers last month", "the paying ones", "paying_customers")]
    [InlineData("今年的客户数有多少", "新增会员那个", "new_customers")]
    public async Task A_clarification_answered_in_words_reads_the_question_first_asked_with_the_metric_chosen(string question, string reply, string metric)
    {
        var asked = await harness.AskAsync(question, "ceo", "reply");
        Assert.Equal(AnswerStatus.ClarificationNeeded, asked.Status);
        var plain = await harness.AskAsync(question + " " + metric);

        var answer = await harness.AskAsync(reply, "ceo", "reply");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal([metric], answer.Query!.Metrics);
        Assert.Equal(plain.Query!.TimeRange, answer.Query.TimeRange);
        Assert.Equal(plain.Query.Filters!.Select(f => (f.Dimension, f.Op, string.Join(",", f.Values ?? []))), answer.Query.Filters!.Select(f => (f.Dimension, f.Op, string.Join(",", f.Values ?? []))));
    }

    [Fact]
    public async Task A_reply_that_names_an_offered_metric_with_its_own_period_is_answered_as_asked()
    {
        Assert.Equal(AnswerStatus.ClarificationNeeded, (await harness.AskAsync("上个月的客户数", "ceo", "own")).Status);

        // Not folded into the question before: its period is this year, not last month.
        var answer = await harness.AskAsync("今年的新增会员", "ceo", "own");
        Assert.Equal(["new_customers"], answer.Query!.Metrics);
        Assert.Equal((await harness.AskAsync("今年的新增会员")).Query!.TimeRange, answer.Query.TimeRange);
    }

    [Fact]
    public async Task A_reply_naming_no_metric_to_a_first_question_asked_back_adds_to_it()
    {
        Assert.Equal(AnswerStatus.ClarificationNeeded, (await harness.AskAsync("上周的客户数", "ceo", "adds")).Status);

        // "华东的" is no answer to "which one" and no new question: the question asked back, in East China, asked back again.
        var again = await harness.AskAsync("华东的", "ceo", "adds");
        Assert.Equal(AnswerStatus.ClarificationNeeded, again.Status);
        Assert.Equal("上周的客户数 华东的", again.Question);
        Assert.Contains(again.Alternatives, a => a.Id == "new_customers");

        // Choosing then answers the whole question: last week, East China.
        var answer = await harness.AskAsync("新增会员那个", "ceo", "adds");
        Assert.Equal(["new_customers"], answer.Query!.Metrics);
        Assert.Equal("east", answer.Query.Filters!.Single().Values!.Single());
    }

    [Fact]
    public async Task A_reply_that_chooses_nothing_offered_is_read_as_its_own_question_and_follow_ups_keep_the_last_answer()
    {
        await harness.AskAsync("上个月华南的订单数", "ceo", "other");
        Assert.Equal(AnswerStatus.ClarificationNeeded, (await harness.AskAsync("换成客户数", "ceo", "other")).Status);

        // The same question again is asked back again; a follow-up still reads against the answered question.
        Assert.Equal(AnswerStatus.ClarificationNeeded, (await harness.AskAsync("换成客户数", "ceo", "other")).Status);
        var next = await harness.AskAsync("按渠道看看", "ceo", "other");
        Assert.Equal(["order_count"], next.Query!.Metrics);
        Assert.Equal(["channel"], next.Query.GroupBy);
    }

    [Theory]
    [InlineData("上个月毛利情况给我看看")]
    [InlineData("gross profit figures for last month")]
    public async Task A_question_back_whose_every_choice_is_closed_to_the_asker_is_a_refusal(string question)
    {
        var answer = await harness.AskAsync(question, "east_wang");
        Assert.Equal(AnswerStatus.Denied, answer.Status);
        Assert.Equal("metric_denied", answer.Error!.Code);
    }

    // Members have no channel: a question back among member metrics only is closed to an online-only scope, though it sees them.
    [Theory]
    [InlineData("上个月会员情况给我看看")]
    [InlineData("member figures for last month")]
    public async Task A_question_back_whose_every_choice_the_askers_scope_cannot_reach_is_a_refusal(string question) =>
        Assert.Equal(AnswerStatus.Denied, (await harness.AskAsync(question, "ecom_zhao")).Status);

    [Fact]
    public async Task A_question_back_with_one_choice_the_asker_may_see_is_answered_with_it()
    {
        // The CEO sees every count of customers who came and is asked; a guest sees only visitors, so asking would only ask them to agree.
        // (People of no kind who came, 来了多少人, are the visitors for everyone.)
        Assert.Equal(AnswerStatus.ClarificationNeeded, (await harness.AskAsync("昨天到店的顾客有多少", "ceo")).Status);
        var guest = await harness.AskAsync("昨天到店的顾客有多少", "guest");
        Assert.Equal(AnswerStatus.Answered, guest.Status);
        Assert.Equal(["visitors"], guest.Query!.Metrics);
    }

    [Fact]
    public async Task A_follow_up_that_takes_away_what_made_a_question_invalid_mends_it()
    {
        await harness.AskAsync("上个月的访客数", "ceo", "mend");
        Assert.Equal(AnswerStatus.Invalid, (await harness.AskAsync("2025年2月各渠道的新增会员数", "ceo", "mend")).Status);

        // The invalid question, not the answered one before it, is what "不分渠道" changes.
        var mended = await harness.AskAsync("不分渠道", "ceo", "mend");
        Assert.Equal(AnswerStatus.Answered, mended.Status);
        Assert.Equal(["new_customers"], mended.Query!.Metrics);
        Assert.Empty(mended.Query.GroupBy!);
    }

    [Fact]
    public async Task A_follow_up_that_does_not_mend_an_invalid_question_reads_against_the_answered_one_before()
    {
        await harness.AskAsync("2025年2月各区域的新增会员数", "ceo", "fallback");
        Assert.Equal(AnswerStatus.Invalid, (await harness.AskAsync("再按渠道拆一下", "ceo", "fallback")).Status);

        var next = await harness.AskAsync("那只看华南", "ceo", "fallback");
        Assert.Equal(AnswerStatus.Answered, next.Status);
        Assert.Equal(["new_customers"], next.Query!.Metrics);
        Assert.Empty(next.Query.GroupBy!);
        Assert.Equal("south", Assert.Single(next.Query.Filters!).Values!.Single());
    }

    [Fact]
    public async Task A_click_answers_with_the_chosen_metric_only_though_the_question_names_another()
    {
        var asked = await harness.AskAsync("how many cancelled orders last quarter");
        Assert.Contains(asked.Alternatives, a => a.Id == "cancel_rate");

        var answer = await harness.Ask.AskAsync(new AskRequest("how many cancelled orders last quarter cancel_rate", "ceo", AskHarness.Now,
            Choice: new ClarificationChoice("how many cancelled orders last quarter", "cancel_rate")), null, CancellationToken.None);
        Assert.Equal(["cancel_rate"], answer.Query!.Metrics);
    }

    [Fact]
    public async Task A_period_end_asks_the_compiled_query_for_the_last_snapshot_and_says_so()
    {
        var answer = await harness.AskAsync("上个月末的在岗人数");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("period_end", answer.Query!.At);
        Assert.Contains("last_snapshot", harness.Warehouse.Ran[^1].Sql);
        Assert.StartsWith("2025年6月期末 平均在岗人数", answer.Message);
        Assert.Empty(answer.Warnings);
    }

    [Fact]
    public async Task A_period_end_on_a_flow_metric_answers_the_period_and_warns()
    {
        var answer = await harness.AskAsync("GMV at the end of last month");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Null(answer.Query!.At);
        Assert.Single(answer.Warnings, w => w.StartsWith("'at the end of' has no point-in-time meaning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_structured_query_at_the_period_end_of_a_flow_metric_is_refused()
    {
        var answer = await harness.Queries.RunAsync(new QueryRequest(new QueryDto(["gmv"], At: "period_end"), "ceo", AskHarness.Now), CancellationToken.None);
        Assert.Equal(AnswerStatus.Invalid, answer.Status);
        Assert.Equal("period_end_not_applicable", answer.Error!.Code);
    }

    [Fact]
    public async Task A_why_question_splits_the_change_by_the_main_dimensions_within_the_scope()
    {
        var answer = await harness.AskAsync("为什么上个月GMV降了", "east_wang");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(answer.Query!.Explain);
        Assert.Equal("pop", answer.Query.Compare);
        // The question, then one split per main dimension; region is the asker's scope, so it is no split.
        Assert.Equal(3, harness.Warehouse.Ran.Count);
        Assert.All(harness.Warehouse.Ran, q => Assert.Contains(q.Parameters, p => Equals(p.Value, "east")));
        Assert.DoesNotContain(answer.Contributions, c => c.Dimension == "region");
        Assert.Contains("不说明原因", answer.Message);
    }

    [Fact]
    public void Main_dimensions_are_the_two_with_most_values_among_the_small_ones() =>
        Assert.Equal(["channel", "region"], ChangeContributions.MainDimensionsOf(TestRepository.Catalog,
            new MetricAssistant.QueryModel.SemanticQuery(["gmv"], [], [], new(new DateOnly(2025, 6, 1), new DateOnly(2025, 7, 1)))));

    [Fact]
    public async Task Only_answered_questions_become_context()
    {
        var denied = await harness.AskAsync("2025年6月的毛利率", "east_wang", "c2");
        Assert.Equal(AnswerStatus.Denied, denied.Status);
        var next = await harness.AskAsync("按渠道看看", "east_wang", "c2");
        Assert.Null(next.FollowUpOf);
        Assert.NotEqual(AnswerStatus.Answered, next.Status);
    }

    [Fact]
    public async Task A_split_the_metric_cannot_reach_is_explained_with_what_it_can_be_split_by()
    {
        var answer = await harness.AskAsync("2025年6月各品类的访客数");
        Assert.Equal("unreachable_dimension", answer.Error?.Code);
        Assert.StartsWith("“访客数”不能按品类拆分或筛选，可以按：", answer.Message);
        Assert.Empty(harness.Warehouse.Ran);
    }
}
