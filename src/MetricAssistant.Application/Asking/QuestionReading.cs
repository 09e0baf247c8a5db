using MetricAssistant.Application.Conversations;
using MetricAssistant.Application.Security;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// A question as read for one asker against one catalog version: what it means (merged with the previous
/// question when it follows on from one), and what the later steps of answering need to hand.
/// </summary>
/// <param name="Previous">The conversation's previous turn the question follows on from, or null.</param>
/// <param name="UnderstandMs">How long reading took, for the answer's timings.</param>
internal sealed record QuestionReading(
    string Question,
    Caller Caller,
    SemanticCatalog Catalog,
    AccessEvaluator Access,
    UnderstandingResult Result,
    ConversationKey? Conversation,
    ConversationTurn? Previous,
    double UnderstandMs)
{
    /// <summary>The conversation's latest turn, answered or asked back, when there is one.</summary>
    public ConversationTurn? Context { get; init; }

    /// <summary>A reply asked back again ("the one for …" fitting none of the options): the question the options are still for.</summary>
    public string? Clarified { get; init; }

    public string Language => Result.Language;

    public bool Zh => Result.Language == "zh";

    public SemanticQuery Query => Result.Query ?? throw new InvalidOperationException("the question was not read as a query");
}
