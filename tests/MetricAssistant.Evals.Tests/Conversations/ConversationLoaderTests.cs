namespace MetricAssistant.Evals.Tests.Conversations;

/// <summary>Conversation cases (<c>turns:</c>) load as one case per turn; malformed ones come back as problems naming the case and turn.</summary>
public sealed class ConversationLoaderTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "evals-conv-" + Guid.NewGuid().ToString("N"));

    public ConversationLoaderTests() => Directory.CreateDirectory(directory);

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private const string Gmv = """{ metrics: [gmv], groupBy: [], filters: [], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null }""";

    private const string Clarify = """
            - question: 上个月的客户数
              expect: { status: clarification_needed, alternatives: [paying_customers, new_customers] }
        """;

    private static string Conversation(string id, string turns, string tags = "[conversation, narrow]", string extra = "") => $"""
        - id: {id}
          user: ceo
          now: "2025-07-15T10:00:00"
          lang: zh
          tags: {tags}
        {extra}  turns:
        {turns}
        """;

    private static string Ask(string question, string expect = $"{{ status: answered, query: {Gmv} }}") => $"""
            - question: {question}
              expect: {expect}
        """;

    private (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems) Load(string yaml)
    {
        File.WriteAllText(Path.Combine(directory, "conversation.yaml"), yaml);
        return EvalSetLoader.Load(directory, heldOut: false);
    }

    [Fact]
    public void A_conversation_loads_as_its_turns_in_order_with_turn_ids_beside_single_cases()
    {
        var yaml = Conversation("conversation-zh-001", Clarify + "\n" + """
                - choose: paying_customers
                  expect: { status: answered, query: { metrics: [paying_customers], groupBy: [], filters: [], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null } }
            """ + "\n" + Ask("只看天猫")) + "\n" + """
            - id: conversation-zh-002
              question: 上月gmv
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: zh
              tags: [time]
              expect: { status: answered, query: { metrics: [gmv], groupBy: [], filters: [], timeRange: { start: "2025-06-01", end: "2025-07-01" }, grain: null, orderBy: [], limit: null, compare: null } }
            """;
        var (cases, problems) = Load(yaml);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(["conversation-zh-001#1", "conversation-zh-001#2", "conversation-zh-001#3", "conversation-zh-002"], cases.Select(c => c.Id));
        Assert.Equal([1, 2, 3], cases.Take(3).Select(c => c.Turn!.Number));
        Assert.All(cases.Take(3), c => Assert.Equal(("conversation-zh-001", 3, "ceo", "zh"), (c.Turn!.Conversation, c.Turn.Count, c.User, c.Lang)));
        Assert.Equal("paying_customers", cases[1].Turn!.Choose);
        Assert.Null(cases[0].Turn!.Choose);
        Assert.Equal("上个月的客户数", cases[0].Question);
        Assert.Equal(["conversation", "narrow"], cases[0].Tags);
        Assert.Equal("clarification_needed", cases[0].Expect.Status);
        Assert.Equal(["paying_customers"], cases[1].Expect.Query!.Metrics!);
        Assert.Null(cases[3].Turn);
    }

    [Theory]
    [InlineData("", "'turns' must list at least one turn")]
    [InlineData("    []", "'turns' must list at least one turn")]
    public void A_conversation_without_turns_is_a_problem(string turns, string problem)
    {
        var (cases, problems) = Load(Conversation("conversation-zh-001", turns));
        Assert.Empty(cases);
        Assert.Contains(problems, p => p.StartsWith("conversation.yaml: conversation-zh-001: ", StringComparison.Ordinal) && p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void A_turn_with_both_or_neither_question_and_choose_is_a_problem_and_the_conversation_is_left_out()
    {
        var both = """
                - question: 只看天猫
                  choose: gmv
                  expect: { status: denied }
            """;
        var neither = """
                - expect: { status: denied }
            """;
        var (cases, problems) = Load(Conversation("conversation-zh-001", Ask("上个月的GMV") + "\n" + both + "\n" + neither));

        Assert.Empty(cases);
        Assert.Contains("conversation.yaml: conversation-zh-001#2: a turn has a 'question' or a 'choose', not both.", problems);
        Assert.Contains(problems, p => p.StartsWith("conversation.yaml: conversation-zh-001#3: a turn needs a 'question'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_conversation_s_scope_is_expected_of_every_answered_turn_that_names_none()
    {
        var (cases, problems) = Load(Conversation("conversation-zh-001", Clarify + "\n" + Ask("上个月的GMV") + "\n"
            + Ask("只看天猫", $"{{ status: answered, query: {Gmv}, scope: [{{dimension: channel, op: in, values: [tmall]}}] }}"),
            extra: "  scope: [{dimension: region, op: in, values: [east]}]\n"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Null(cases[0].Expect.Scope);
        Assert.Equal(["east"], cases[1].Expect.Scope!.Single().Values);
        Assert.Equal(["tmall"], cases[2].Expect.Scope!.Single().Values);
    }

    [Fact]
    public void Choose_on_the_first_turn_is_a_problem()
    {
        var (cases, problems) = Load(Conversation("conversation-zh-001", """
                - choose: gmv
                  expect: { status: denied }
            """));
        Assert.Empty(cases);
        Assert.Contains("conversation.yaml: conversation-zh-001#1: 'choose' answers the previous turn's clarification; the first turn has none to answer.", problems);
    }

    [Fact]
    public void Choose_needs_a_clarification_before_it_offering_the_chosen_metric()
    {
        var afterAnswer = Conversation("conversation-zh-001", Ask("上个月的GMV") + "\n" + """
                - choose: gmv_net
                  expect: { status: denied }
            """);
        var notOffered = Conversation("conversation-zh-002", Clarify + "\n" + """
                - choose: gmv
                  expect: { status: denied }
            """);
        var (cases, problems) = Load(afterAnswer + "\n" + notOffered);

        Assert.Empty(cases);
        Assert.Contains("conversation.yaml: conversation-zh-001#2: 'choose' follows a turn that expects clarification_needed; turn 1 expects answered.", problems);
        Assert.Contains("conversation.yaml: conversation-zh-002#2: 'choose: gmv' is not among turn 1's expected alternatives (paying_customers, new_customers).", problems);
    }

    [Fact]
    public void A_bad_expect_in_a_turn_is_reported_as_a_single_case_s_would_be()
    {
        var (cases, problems) = Load(Conversation("conversation-zh-001", Ask("上个月的GMV") + "\n" + Ask("只看天猫", "{ status: maybe }") + "\n" + Ask("总共呢", "{ status: answered }")
            + "\n" + Ask("倒过来", "{ status: answered, query: { metrics: [gmv] } }") + "\n" + """
                - question: 按月看
            """));

        Assert.Empty(cases);
        Assert.Contains(problems, p => p.StartsWith("conversation.yaml: conversation-zh-001#2: unknown status 'maybe'", StringComparison.Ordinal));
        Assert.Contains("conversation.yaml: conversation-zh-001#3: an answered case needs the full expected query.", problems);
        Assert.Contains("conversation.yaml: conversation-zh-001#4: expect.query is missing the field 'groupBy'.", problems);
        Assert.Contains(problems, p => p.StartsWith("conversation.yaml: conversation-zh-001#5: missing 'expect'", StringComparison.Ordinal));
    }

    [Fact]
    public void Top_level_question_or_expect_unknown_fields_and_wrong_tags_are_problems()
    {
        var (cases, problems) = Load(Conversation("conversation-zh-001", Ask("上个月的GMV"), tags: "[narrow, conversation]",
            extra: "  question: 上个月的GMV\n  expect: { status: denied }\n  color: red\n"));

        Assert.Empty(cases);
        Assert.Contains("conversation.yaml: conversation-zh-001: a conversation case has no top-level 'question': each turn has its own.", problems);
        Assert.Contains("conversation.yaml: conversation-zh-001: a conversation case has no top-level 'expect': each turn has its own.", problems);
        Assert.Contains("conversation.yaml: conversation-zh-001: unknown field 'color'.", problems);
        Assert.Contains(problems, p => p.StartsWith("conversation.yaml: conversation-zh-001: a conversation case's tags are 'conversation' then its follow-up kind", StringComparison.Ordinal));
    }

    [Fact]
    public void The_conversation_tag_on_a_single_case_and_a_duplicate_conversation_id_are_problems()
    {
        var single = """
            - id: conversation-zh-009
              question: 上月gmv
              user: ceo
              now: "2025-07-15T10:00:00"
              lang: zh
              tags: [conversation, narrow]
              expect: { status: denied }
            """;
        var (cases, problems) = Load(Conversation("conversation-zh-001", Ask("上个月的GMV")) + "\n" + Conversation("conversation-zh-001", Ask("上个月的GMV") + "\n" + Ask("只看天猫")) + "\n" + single);

        Assert.Equal(["conversation-zh-001#1"], cases.Select(c => c.Id));
        Assert.Contains("conversation.yaml: conversation-zh-009: the tag 'conversation' is for cases with 'turns'.", problems);
        Assert.Contains("conversation.yaml: conversation-zh-001: duplicate id (first in conversation.yaml).", problems);
    }
}
