using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals;

/// <summary>The closed lists a case's fields are checked against (evals/CONVENTIONS.md and the demo domain spec).</summary>
public static class EvalVocabulary
{
    public static readonly IReadOnlyList<string> Statuses =
        [AnswerStatus.Answered, AnswerStatus.ClarificationNeeded, AnswerStatus.NotFound, AnswerStatus.Denied, AnswerStatus.Invalid];

    public static readonly IReadOnlyList<string> Tags =
    [
        "time", "grain", "group-by", "filter", "exclusion", "ranking", "comparison", "official-vs-variant",
        "deprecated", "clarification", "not-found", "permission", "mixed-language", "noise",
    ];

    /// <summary>
    /// The kinds of how people really ask (issue #12), reported per kind; the blind wave-2 set
    /// (evals/blind-w2) is written in them, and golden cases join them as each kind is handled.
    /// </summary>
    public static readonly IReadOnlyList<string> Kinds =
        ["describe", "colloquial-zh", "business-en", "code-switch", "direction", "silent-drop", "negation", "near-miss"];

    /// <summary>
    /// Kinds of the later blind sets beyond the wave-2 set's: "combined" (several parameters in one question; dev-w4, blind-w4,
    /// dev-w5), "colloquial-time" (spoken or unusual time words, which issue #12 names; blind-w9), and "period-end" and
    /// "why" (CONVENTIONS' period-end and why questions, as a blind author tagged them; blind-w16c).
    /// </summary>
    public static readonly IReadOnlyList<string> LaterKinds = ["combined", "colloquial-time", "period-end", "why"];

    /// <summary>The first tag of every conversation case (<c>turns:</c>), and of no single case.</summary>
    public const string ConversationTag = "conversation";

    /// <summary>The follow-up kinds a conversation case's second tag names (evals/CONVENTIONS.md "Conversation cases").</summary>
    public static readonly IReadOnlyList<string> FollowUpKinds =
        ["narrow", "total", "time-shift", "swap-metric", "reverse", "split", "compare", "rank", "grain", "choose", "reply", "new-topic", "exclude"];

    /// <summary>Every tag a case may carry: a category or a kind; conversation cases' tags last.</summary>
    public static readonly IReadOnlyList<string> AllTags = [.. Tags, .. Kinds, .. LaterKinds, ConversationTag, .. FollowUpKinds];

    public static readonly IReadOnlyList<string> Languages = ["zh", "en", "mixed"];

    public static readonly IReadOnlyList<string> Users = ["ceo", "fin_li", "east_wang", "ecom_zhao", "guest"];

    /// <summary>The fields an expected query must spell out, every one of them, even when null or empty.</summary>
    public static readonly IReadOnlyList<string> QueryFields = ["metrics", "groupBy", "filters", "timeRange", "grain", "orderBy", "limit", "compare"];

    /// <summary>Fields added to the query later (additive): absent means their default (null), and they are scored with the field they refine.</summary>
    public static readonly IReadOnlyList<string> OptionalQueryFields = ["at", "explain", "conversionWindow"];
}
