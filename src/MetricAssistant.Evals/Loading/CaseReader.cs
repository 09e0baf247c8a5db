using System.Globalization;
using MetricAssistant.Application.Contracts;
using YamlDotNet.RepresentationModel;
using static MetricAssistant.Evals.Loading.YamlFields;

namespace MetricAssistant.Evals.Loading;

/// <summary>Reads one case of a set file; anything malformed is reported, not thrown.</summary>
internal static class CaseReader
{
    private static readonly string[] CaseKeys = ["id", "question", "user", "now", "lang", "tags", "expect", "scope"];
    private static readonly string[] ExpectKeys = ["status", "query", "alternatives", "note", "scope"];

    public static EvalCase? Read(YamlNode node, int index, bool heldOut, ProblemList problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.AddToFile($"case #{index + 1} is not a mapping.");
            return null;
        }
        var id = Text(Get(map, "id"));
        var label = id ?? $"case #{index + 1}";
        var before = problems.Count;
        if (id is null) problems.Add(label, "missing 'id'.");
        foreach (var key in Keys(map).Where(k => !CaseKeys.Contains(k))) problems.Add(label, $"unknown field '{key}'.");

        var question = Required(map, "question", label, problems);
        var user = Choice(map, "user", EvalVocabulary.Users, label, problems);
        var lang = Choice(map, "lang", EvalVocabulary.Languages, label, problems);
        var now = ReadNow(map, label, problems);

        var tags = ReadTags(Get(map, "tags"), label, problems);
        if (tags is not null && tags.Contains(EvalVocabulary.ConversationTag))
            problems.Add(label, $"the tag '{EvalVocabulary.ConversationTag}' is for cases with 'turns'.");
        if (lang is not null && tags is not null && (lang == "mixed") != tags.Contains("mixed-language"))
            problems.Add(label, "lang: mixed and the tag mixed-language go together.");

        var expect = ReadExpectation(Get(map, "expect"), label, problems);
        if (problems.Count > before) return null;
        return new EvalCase(id!, question!, user!, now!, lang!, tags!, expect!, problems.File, heldOut);
    }

    internal static IReadOnlyList<string>? ReadTags(YamlNode? node, string label, ProblemList problems)
    {
        var tags = TextList(node);
        if (tags is null || tags.Count == 0)
        {
            problems.Add(label, "'tags' must list at least one category.");
            return null;
        }
        foreach (var tag in tags.Where(t => !EvalVocabulary.AllTags.Contains(t))) problems.Add(label, $"unknown tag '{tag}'.");
        foreach (var tag in tags.GroupBy(t => t).Where(g => g.Count() > 1)) problems.Add(label, $"tag '{tag.Key}' is listed twice.");
        return tags;
    }

    internal static EvalExpectation? ReadExpectation(YamlNode? node, string label, ProblemList problems)
    {
        if (node is not YamlMappingNode map)
        {
            problems.Add(label, "missing 'expect' (a mapping with at least a status).");
            return null;
        }
        foreach (var key in Keys(map).Where(k => !ExpectKeys.Contains(k))) problems.Add(label, $"unknown field 'expect.{key}'.");
        var status = Text(Get(map, "status"));
        if (status is null)
        {
            problems.Add(label, "missing 'expect.status'.");
            return null;
        }
        if (!EvalVocabulary.Statuses.Contains(status))
        {
            problems.Add(label, $"unknown status '{status}'; use {string.Join(", ", EvalVocabulary.Statuses)}.");
            return null;
        }

        QueryDto? query = null;
        var queryNode = Get(map, "query");
        if (status == AnswerStatus.Answered && IsNull(queryNode)) problems.Add(label, "an answered case needs the full expected query.");
        else if (!IsNull(queryNode) && status is not (AnswerStatus.Answered or AnswerStatus.Invalid))
            problems.Add(label, $"a {status} case has no query (only answered cases, and invalid ones showing the refused query, do).");
        else if (!IsNull(queryNode)) query = QueryReader.Read(queryNode, label, problems);

        IReadOnlyList<string> alternatives = [];
        var alternativesNode = Get(map, "alternatives");
        if (!IsNull(alternativesNode))
        {
            if (TextList(alternativesNode) is { } ids) alternatives = ids;
            else problems.Add(label, "'expect.alternatives' must be a list of metric ids.");
        }
        else if (status == AnswerStatus.ClarificationNeeded)
            problems.Add(label, "a clarification_needed case lists the metric ids to offer in 'expect.alternatives'.");

        var note = Text(Get(map, "note"));
        var scopeNode = Get(map, "scope");
        var scope = IsNull(scopeNode) ? null : QueryReader.ReadFilters(scopeNode, true, label, problems);
        return new EvalExpectation(status, query, alternatives, note, scope);
    }

    internal static string? ReadNow(YamlMappingNode map, string label, ProblemList problems)
    {
        var now = Required(map, "now", label, problems);
        if (now is not null && !DateTime.TryParseExact(now, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            problems.Add(label, $"'now' must be a local time yyyy-MM-ddTHH:mm:ss, not '{now}'.");
        return now;
    }

    internal static string? Required(YamlMappingNode map, string key, string label, ProblemList problems)
    {
        var value = Text(Get(map, key));
        if (value is null) problems.Add(label, $"missing '{key}'.");
        return value;
    }

    internal static string? Choice(YamlMappingNode map, string key, IReadOnlyList<string> choices, string label, ProblemList problems)
    {
        var value = Required(map, key, label, problems);
        if (value is null || choices.Contains(value)) return value;
        problems.Add(label, $"'{key}' is '{value}', not one of {string.Join(", ", choices)}.");
        return null;
    }
}
