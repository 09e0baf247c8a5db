using MetricAssistant.Application.Contracts;
using YamlDotNet.RepresentationModel;
using static MetricAssistant.Evals.Loading.YamlFields;

namespace MetricAssistant.Evals.Loading;

/// <summary>
/// Reads a conversation case (a case with <c>turns:</c>) into one <see cref="EvalCase"/> per turn, in order, each
/// with the conversation's user, time, language and tags. Anything malformed is reported and the whole
/// conversation left out: a conversation missing a turn would measure another conversation.
/// </summary>
internal static class ConversationReader
{
    private static readonly string[] ConversationKeys = ["id", "user", "now", "lang", "tags", "turns", "scope"];
    private static readonly string[] TurnKeys = ["question", "choose", "expect"];

    public static bool IsConversation(YamlNode node) => node is YamlMappingNode map && Has(map, "turns");

    public static IReadOnlyList<EvalCase> Read(YamlMappingNode map, int index, bool heldOut, ProblemList problems)
    {
        var id = Text(Get(map, "id"));
        var label = id ?? $"case #{index + 1}";
        var before = problems.Count;
        if (id is null) problems.Add(label, "missing 'id'.");
        foreach (var key in Keys(map).Where(k => !ConversationKeys.Contains(k)))
            problems.Add(label, key is "question" or "expect"
                ? $"a conversation case has no top-level '{key}': each turn has its own."
                : $"unknown field '{key}'.");

        var user = CaseReader.Choice(map, "user", EvalVocabulary.Users, label, problems);
        var lang = CaseReader.Choice(map, "lang", EvalVocabulary.Languages, label, problems);
        var now = CaseReader.ReadNow(map, label, problems);
        var tags = CaseReader.ReadTags(Get(map, "tags"), label, problems);
        if (tags is not null && (tags.Count < 2 || tags[0] != EvalVocabulary.ConversationTag || !EvalVocabulary.FollowUpKinds.Contains(tags[1])))
            problems.Add(label, $"a conversation case's tags are '{EvalVocabulary.ConversationTag}' then its follow-up kind ({string.Join(", ", EvalVocabulary.FollowUpKinds)}).");

        // The asker's row rules hold for the whole conversation: every answered turn is expected under them.
        var scopeNode = Get(map, "scope");
        var scope = IsNull(scopeNode) ? null : QueryReader.ReadFilters(scopeNode, true, label, problems);
        var turns = ReadTurns(Get(map, "turns"), label, problems);
        if (problems.Count > before) return [];
        return turns.Select(t => scope is null || t.Expect.Scope is not null || t.Expect.Status != AnswerStatus.Answered ? t : t with { Expect = t.Expect with { Scope = scope } })
            .Select((t, i) => new EvalCase(EvalTurn.IdOf(id!, i + 1), t.Question ?? EvalTurn.ChooseText(t.Choose!), user!, now!, lang!, tags!, t.Expect,
            problems.File, heldOut, new EvalTurn(id!, i + 1, turns.Count, t.Choose))).ToArray();
    }

    private static IReadOnlyList<(string? Question, string? Choose, EvalExpectation Expect)> ReadTurns(YamlNode? node, string label, ProblemList problems)
    {
        if (node is not YamlSequenceNode { Children.Count: > 0 } sequence)
        {
            problems.Add(label, "'turns' must list at least one turn (each a 'question' or a 'choose', and an 'expect').");
            return [];
        }
        var turns = new List<(string?, string?, EvalExpectation)>();
        EvalExpectation? previous = null;
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var turnLabel = EvalTurn.IdOf(label, i + 1);
            var read = ReadTurn(sequence.Children[i], i, previous, turnLabel, problems);
            previous = read?.Expect;
            if (read is { } turn) turns.Add(turn);
        }
        return turns;
    }

    private static (string? Question, string? Choose, EvalExpectation Expect)? ReadTurn(YamlNode node, int index, EvalExpectation? previous, string label, ProblemList problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(label, "a turn is a mapping with a 'question' or a 'choose', and an 'expect'.");
            return null;
        }
        var before = problems.Count;
        foreach (var key in Keys(map).Where(k => !TurnKeys.Contains(k))) problems.Add(label, $"unknown field '{key}' in a turn.");
        var question = Text(Get(map, "question"));
        var choose = Text(Get(map, "choose"));
        if (question is not null && choose is not null) problems.Add(label, "a turn has a 'question' or a 'choose', not both.");
        else if (question is null && choose is null) problems.Add(label, "a turn needs a 'question' (words) or a 'choose' (a metric id clicked among the previous turn's alternatives).");
        else if (choose is not null) CheckChoice(choose, index, previous, label, problems);

        var expect = CaseReader.ReadExpectation(Get(map, "expect"), label, problems);
        return problems.Count > before || expect is null ? null : (question, choose, expect);
    }

    /// <summary>A click answers a clarification: only after a turn expected to ask one, and only on a metric it offers.</summary>
    private static void CheckChoice(string choose, int index, EvalExpectation? previous, string label, ProblemList problems)
    {
        if (index == 0) problems.Add(label, "'choose' answers the previous turn's clarification; the first turn has none to answer.");
        else if (previous is null) return; // the previous turn's own problem is reported already
        else if (previous.Status != AnswerStatus.ClarificationNeeded)
            problems.Add(label, $"'choose' follows a turn that expects clarification_needed; turn {index} expects {previous.Status}.");
        else if (!previous.Alternatives.Contains(choose, StringComparer.Ordinal))
            problems.Add(label, $"'choose: {choose}' is not among turn {index}'s expected alternatives ({string.Join(", ", previous.Alternatives)}).");
    }
}
