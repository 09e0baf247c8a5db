using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Bot.Cards;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>
/// End to end through Microsoft's Teams simulator: a user (mapped to the catalog's <c>ceo</c>) types in
/// Teams, the bot answers with cards, the user clicks buttons. Every value on a card is checked
/// against POST /api/ask for the same question, user and time.
/// </summary>
[Collection(TeamsSimulatorCollection.Name)]
public sealed class TeamsSimulatorTests(TeamsSimulatorFixture teams)
{
    private const string User = "ceo"; // the simulator's current user, mapped in appsettings.json Teams:Users

    [SkippableTheory]
    [InlineData("上个月华东区各渠道的GMV", "zh")]
    [InlineData("AOV by channel last quarter", "en")]
    [InlineData("2025年上半年每月订单数同比", "zh")]
    [InlineData("top 3 cities by net GMV in Q2 2025", "en")]
    public async Task A_question_gets_a_card_whose_values_equal_the_api_answer(string question, string language)
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        var conversation = await teams.NewConversationAsync();
        var message = await teams.AskAsync(conversation, question);
        var expected = await ApiAnswers.AskAsync(teams.Http, teams.ServiceUrl, question, User, TeamsSimulatorFixture.Now);

        Assert.Equal(AnswerStatus.Answered, expected.Status);
        AssertCardShows(message, expected, language);

        // Trends and breakdowns carry a chart the Teams client fetches from the service.
        var image = message.Card["body"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["type"] == "Image");
        using var png = await teams.Http.GetAsync((string)image["url"]!);
        Assert.Equal("image/png", png.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0x89, (await png.Content.ReadAsByteArrayAsync())[0]);
    }

    [SkippableFact]
    public async Task A_group_chat_whose_members_all_may_see_it_gets_the_answer_there()
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        // The roster is read from the simulator's Connector (GET /v3/conversations/{id}/members): the CEO and finance (the fixture's config).
        const string question = "上个月的毛利率";
        var message = await teams.AskAsync(teams.GroupChatId, question);
        var expected = await ApiAnswers.AskAsync(teams.Http, teams.ServiceUrl, question, User, TeamsSimulatorFixture.Now);
        Assert.Equal(AnswerStatus.Answered, expected.Status);
        AssertCardShows(message, expected, "zh");
    }

    [SkippableFact]
    public async Task A_clarification_offers_buttons_and_a_click_answers_it()
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        var conversation = teams.PersonalChatId; // the signed-in user's own chat: clicks come from them
        const string question = "上个月客户数";
        var clarification = await teams.AskAsync(conversation, question);
        var expected = await ApiAnswers.AskAsync(teams.Http, teams.ServiceUrl, question, User, TeamsSimulatorFixture.Now);
        Assert.Equal(AnswerStatus.ClarificationNeeded, expected.Status);

        var buttons = CardWalker.Submits(clarification.Card);
        Assert.Equal(expected.Alternatives.Select(a => a.Name), buttons.Select(b => (string)b["title"]!));
        var choice = expected.Alternatives[0];

        var answered = await teams.ClickAsync(clarification, buttons[0]);
        var reference = await ApiAnswers.AskAsync(teams.Http, teams.ServiceUrl, question + " " + choice.Id, User, TeamsSimulatorFixture.Now);
        Assert.Equal(AnswerStatus.Answered, reference.Status);
        Assert.Equal(choice.Id, reference.Metric!.Id);
        AssertCardShows(answered, reference, "zh");
    }

    [SkippableFact]
    public async Task A_follow_up_reuses_the_previous_question_and_changes_only_what_it_names()
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        var conversation = await teams.NewConversationAsync();
        await teams.AskAsync(conversation, "上个月华东的GMV");
        var followUp = await teams.AskAsync(conversation, "那华南呢？");
        var reference = await ApiAnswers.AskAsync(teams.Http, teams.ServiceUrl, "上个月华南的GMV", User, TeamsSimulatorFixture.Now);
        AssertCardShows(followUp, reference, "zh", followUp: true);

        var byChannel = await teams.AskAsync(conversation, "按渠道看看");
        var channelReference = await ApiAnswers.AskAsync(teams.Http, teams.ServiceUrl, "上个月华南各渠道的GMV", User, TeamsSimulatorFixture.Now);
        AssertCardShows(byChannel, channelReference, "zh", followUp: true);
    }

    [SkippableFact]
    public async Task Feedback_from_a_card_is_stored_for_the_catalog_owners()
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        var conversation = teams.PersonalChatId; // the signed-in user's own chat: clicks come from them
        var answer = await teams.AskAsync(conversation, "上个月的客单价");
        var notHelpful = CardWalker.Submits(answer.Card).Single(b => ((string?)b["data"]?["action"]) == "feedback" && (bool?)b["data"]?["helpful"] == false);
        var comment = $"teams test {Guid.NewGuid():N}";

        var thanks = await teams.ClickAsync(answer, notHelpful, new JsonObject { ["comment"] = comment });
        Assert.Contains("谢谢", thanks.AllText);

        using var read = new HttpRequestMessage(HttpMethod.Get, teams.ServiceUrl + "/api/feedback?metric=aov&limit=50");
        read.Headers.Add("X-User", "fin_li"); // a catalog owner (demo identity)
        using var response = await teams.Http.SendAsync(read);
        response.EnsureSuccessStatusCode();
        var page = await response.Content.ReadFromJsonAsync<JsonObject>();
        var entry = page!["entries"]!.AsArray().OfType<JsonObject>().Single(e => (string?)e["comment"] == comment);
        Assert.Equal("ceo", (string?)entry["userId"]);
        Assert.False((bool)entry["helpful"]!);
        Assert.Equal("上个月的客单价", (string?)entry["question"]);
    }

    [SkippableFact]
    public async Task Installing_the_app_sends_one_welcome_card_with_example_questions_that_work()
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        var conversation = teams.PersonalChatId; // the signed-in user's own chat: clicks come from them
        var welcome = await teams.InstallAsync(conversation);
        Assert.Contains("Metric Assistant", welcome.AllText); // the simulator's locale is en-US
        var example = CardWalker.Submits(welcome.Card).First();
        var answered = await teams.ClickAsync(welcome, example);
        Assert.DoesNotContain("失效", answered.AllText, StringComparison.Ordinal);
        Assert.NotNull(answered.Cards.FirstOrDefault());
        await Task.Delay(1500);
        // installationUpdate and conversationUpdate both arrive: one welcome, then only the answer.
        var since = teams.Messages(conversation).SkipWhile(m => m.MessageId != welcome.MessageId).ToArray();
        Assert.Equal(2, since.Length);
    }

    [SkippableTheory]
    [InlineData("指标列表", "你可以查询的指标")]
    [InlineData("list metrics", "Metrics you can ask about")]
    [InlineData("定义 客单价", "客单价")]
    [InlineData("define aov", "Average order value")]
    [InlineData("help", "Commands")]
    public async Task Commands_answer_with_catalog_cards(string command, string expected)
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        var conversation = await teams.NewConversationAsync();
        var reply = await teams.AskAsync(conversation, command);
        Assert.Contains(expected, reply.AllText, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Every_card_the_simulator_received_is_a_valid_adaptive_card_1_5()
    {
        Skip.If(teams.SkipReason is not null, teams.SkipReason);
        var conversation = await teams.NewConversationAsync();
        await teams.AskAsync(conversation, "2025年各区域每月GMV");
        await teams.AskAsync(conversation, "上个月客户数");
        await teams.AskAsync(conversation, "define gmv");
        var cards = teams.AllMessages().SelectMany(m => m.Cards).ToArray();
        Assert.NotEmpty(cards);
        foreach (var card in cards) Assert.Empty(CardSchemaRules.Problems(card));
        Assert.Empty(await AdaptiveCardsParser.ProblemsAsync(cards));
    }

    private static void AssertCardShows(BotMessage message, Answer expected, string language, bool followUp = false)
    {
        var catalog = TestRepository.Catalog;
        var text = CardText.For(language);
        var formatter = new AnswerTableFormatter(catalog, text);
        var all = message.AllText;
        var metric = catalog.FindMetric(expected.Metric!.Id)!;
        Assert.Contains(metric.Name.For(language), all);
        Assert.Contains($"v{expected.Metric.Version}", all);
        Assert.Contains(expected.Metric.Owner, all);
        // A follow-up's message says what it continued instead of repeating the full question's notes; the numbers are the same.
        if (followUp) Assert.Contains("沿用上一问", all);
        else Assert.Contains(expected.Message!, all);
        // The card shows the answer's own display facts, formatted by the server: the same cells as /api/ask.
        Assert.Equal(language, expected.Display!.Language);
        Assert.Same(expected.Display, formatter.Display(expected));
        var cells = expected.Display.Cells;
        if (expected.Rows.Count == 1 && expected.Columns.Count <= 2)
        {
            Assert.Contains(cells[0][^1], all);
            return;
        }
        var table = CardWalker.TableRows(message.Card);
        Assert.Equal(expected.Display.Columns.Select(c => c.Label), table[0]);
        var shown = Math.Min(expected.Rows.Count, 10);
        Assert.Equal(shown + 1, table.Count);
        for (var i = 0; i < shown; i++)
            Assert.Equal(cells[i], table[i + 1]);
    }
}
