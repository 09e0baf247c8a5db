using System.Text;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Learning;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// The checks a request passes before anything reads it: a question that cannot be read at all, a conversation id too
/// long to keep or a malformed clarification choice is refused as invalid.
/// </summary>
internal static class AskRequestChecks
{
    public static Answer? Refusal(AskRequest request) =>
        (QuestionProblem(request.Question) ?? ConversationProblem(request.ConversationId) ?? ChoiceProblem(request.Choice)) is { } problem
            ? AnswerFactory.Invalid(problem, Clip(request.Question))
            : null;

    /// <summary>The question as refusals and the audit keep it: long ones cut short.</summary>
    public static string? Clip(string? question) => question is { Length: > 200 } ? question[..200] + "…" : question;

    private static ErrorDto? ChoiceProblem(ClarificationChoice? choice) =>
        choice is not null && LearnedExampleService.ChoiceProblems(choice) is { Count: > 0 } problems ? new ErrorDto("invalid_choice", string.Join(" ", problems), []) : null;

    /// <summary>Empty, over-long or unreadable questions are refused before anything reads them.</summary>
    private static ErrorDto? QuestionProblem(string? question)
    {
        if (string.IsNullOrWhiteSpace(question)) return new ErrorDto("empty_question", "The question is empty.", []);
        if (question.Length > TextNormalizer.MaxLength)
            return new ErrorDto("question_too_long", $"The question is longer than {TextNormalizer.MaxLength} characters; ask one short question at a time.", []);
        // Counted in code points: an emoji (a surrogate pair) is text people type ("上个月的订单数😀"); a lone
        // surrogate, a replacement character or a control character is what binary looks like.
        var runes = 0;
        var unreadable = 0;
        var binary = false;
        foreach (var rune in question.EnumerateRunes())
        {
            runes++;
            if (rune == Rune.ReplacementChar || Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune)) unreadable++;
            if (rune.Value == 0 || rune == Rune.ReplacementChar) binary = true;
        }
        if (binary || unreadable * 5 > runes)
            return new ErrorDto("unreadable_question", "The question contains characters that are not text.", []);
        return null;
    }

    private static ErrorDto? ConversationProblem(string? conversationId) => conversationId is { Length: > ConversationKey.MaxIdLength }
        ? new ErrorDto("conversation_id_too_long", $"The conversation id is longer than {ConversationKey.MaxIdLength} characters.", [])
        : null;
}
