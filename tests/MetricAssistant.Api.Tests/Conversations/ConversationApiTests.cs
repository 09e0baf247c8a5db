using System.Net;
using System.Text;
using System.Text.Json;

namespace MetricAssistant.Api.Tests.Conversations;

/// <summary>
/// Follow-ups through POST /api/ask: with a conversation id, "那华南呢" answers exactly what the full
/// question answers, under the asker's permissions, and never from another user's context.
/// </summary>
public sealed class ConversationApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Now = "2025-07-15T10:00:00";
    private readonly HttpClient client = factory.CreateClient();

    private async Task<(HttpStatusCode Status, JsonElement Body)> AskAsync(string question, string user, string? conversationId)
    {
        var body = JsonSerializer.Serialize(new { question, user, now = Now, conversationId });
        var response = await client.PostAsync("/api/ask", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private static string Conversation() => Guid.NewGuid().ToString("N");

    private static void AssertSameAnswer(JsonElement expected, JsonElement actual)
    {
        Assert.Equal("answered", actual.GetProperty("status").GetString());
        Assert.Equal(expected.GetProperty("query").GetRawText(), actual.GetProperty("query").GetRawText());
        Assert.Equal(expected.GetProperty("rows").GetRawText(), actual.GetProperty("rows").GetRawText());
        Assert.Equal(expected.GetProperty("sql").GetString(), actual.GetProperty("sql").GetString());
        Assert.True(actual.GetProperty("rows").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_two_turn_follow_up_answers_what_the_full_question_answers()
    {
        var id = Conversation();
        var (_, first) = await AskAsync("2025年6月华东的GMV", "ceo", id);
        Assert.Equal("answered", first.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("followUpOf").ValueKind);

        var (status, followUp) = await AskAsync("那华南呢", "ceo", id);
        var (_, full) = await AskAsync("2025年6月华南的GMV", "ceo", null);
        Assert.Equal(HttpStatusCode.OK, status);
        AssertSameAnswer(full, followUp);
        Assert.Equal("2025年6月华东的GMV", followUp.GetProperty("followUpOf").GetString());
        Assert.Equal("那华南呢", followUp.GetProperty("question").GetString());
        Assert.Contains("沿用上一问：支付GMV，2025年6月，华东", followUp.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_three_turn_conversation_in_english_builds_on_each_answer()
    {
        var id = Conversation();
        Assert.Equal("answered", (await AskAsync("GMV by channel in June 2025", "ceo", id)).Body.GetProperty("status").GetString());
        var (_, second) = await AskAsync("what about AOV", "ceo", id);
        AssertSameAnswer((await AskAsync("AOV by channel in June 2025", "ceo", null)).Body, second);
        Assert.Equal("GMV by channel in June 2025", second.GetProperty("followUpOf").GetString());

        var (_, third) = await AskAsync("and last year?", "ceo", id);
        AssertSameAnswer((await AskAsync("AOV by channel last year", "ceo", null)).Body, third);
        Assert.Equal("what about AOV", third.GetProperty("followUpOf").GetString());
        Assert.Contains("Following on from your previous question: Average order value, June 2025, by channel.", third.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Without_a_conversation_a_fragment_is_asked_back_about()
    {
        await AskAsync("2025年6月华东的GMV", "ceo", Conversation());
        var (_, body) = await AskAsync("那华南呢", "ceo", null);
        Assert.Equal("clarification_needed", body.GetProperty("status").GetString());
        var (_, fresh) = await AskAsync("那华南呢", "ceo", Conversation());
        Assert.Equal("clarification_needed", fresh.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_question_that_stands_alone_is_not_merged()
    {
        var id = Conversation();
        await AskAsync("2025年6月华东各渠道的GMV", "ceo", id);
        var (_, body) = await AskAsync("2024年华南的订单数", "ceo", id);
        AssertSameAnswer((await AskAsync("2024年华南的订单数", "ceo", null)).Body, body);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("followUpOf").ValueKind);
    }

    [Fact]
    public async Task A_follow_up_outside_the_askers_scope_is_denied_and_does_not_become_context()
    {
        var id = Conversation();
        var (_, first) = await AskAsync("2025年6月华东的GMV", "east_wang", id);
        Assert.Equal("answered", first.GetProperty("status").GetString());

        var (_, denied) = await AskAsync("那华南呢", "east_wang", id);
        Assert.Equal("denied", denied.GetProperty("status").GetString());
        Assert.Equal("outside_scope", denied.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(denied.GetProperty("rows").EnumerateArray());
        Assert.Equal("2025年6月华东的GMV", denied.GetProperty("followUpOf").GetString());

        // The refusal left the answered question as the context.
        var (_, next) = await AskAsync("按渠道看看", "east_wang", id);
        AssertSameAnswer((await AskAsync("2025年6月华东各渠道的GMV", "east_wang", null)).Body, next);
        Assert.Equal("2025年6月华东的GMV", next.GetProperty("followUpOf").GetString());
        Assert.Equal("east", next.GetProperty("scope")[0].GetProperty("values")[0].GetString());
    }

    [Fact]
    public async Task Removing_the_filter_keeps_the_askers_scope()
    {
        var id = Conversation();
        await AskAsync("2025年6月华东天猫的GMV", "east_wang", id);
        var (_, body) = await AskAsync("不要筛选", "east_wang", id);
        AssertSameAnswer((await AskAsync("2025年6月的GMV", "east_wang", null)).Body, body);
        Assert.Equal("region", body.GetProperty("scope")[0].GetProperty("dimension").GetString());
    }

    [Fact]
    public async Task Another_user_with_the_same_conversation_id_gets_no_context()
    {
        var id = Conversation();
        await AskAsync("2025年6月华南各渠道的GMV", "ceo", id);
        var (_, other) = await AskAsync("那华东呢", "east_wang", id);
        Assert.Equal("clarification_needed", other.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, other.GetProperty("followUpOf").ValueKind);
        Assert.DoesNotContain("华南", other.GetProperty("message").GetString());
        // The owner's context is untouched by the other user's question.
        var (_, own) = await AskAsync("那华东呢", "ceo", id);
        AssertSameAnswer((await AskAsync("2025年6月华东各渠道的GMV", "ceo", null)).Body, own);
    }

    [Fact]
    public async Task An_over_long_conversation_id_is_invalid()
    {
        var (status, body) = await AskAsync("上个月GMV", "ceo", new string('x', 201));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid", body.GetProperty("status").GetString());
        Assert.Equal("conversation_id_too_long", body.GetProperty("error").GetProperty("code").GetString());
        var (ok, _) = await AskAsync("上个月GMV", "ceo", new string('x', 200));
        Assert.Equal(HttpStatusCode.OK, ok);
    }
}
