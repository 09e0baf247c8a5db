using System.Diagnostics;
using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Execution;
using MetricAssistant.Application.Queries;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Compiler.Planning;
using MetricAssistant.Understanding;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// Question → understanding → governed query → answer. Nothing but the compiler writes SQL; the
/// understanding only picks catalog metrics and parameters.
/// </summary>
public sealed class AskService(ICatalogProvider catalogs, QueryService queries, RequestContext context, UnderstandingProvider understanding) : IAskService
{
    public async Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        if (QuestionProblem(request.Question) is { } problem) return AnswerFactory.Invalid(problem, Clip(request.Question));
        var question = request.Question!;
        var (_, now, contextError) = context.Resolve(request.User, request.Now);
        if (contextError is not null) return AnswerFactory.Invalid(contextError, question);

        var catalog = catalogs.Current;
        var watch = Stopwatch.StartNew();
        var result = await understanding.For(catalog).UnderstandAsync(question, now, null, cancellationToken);
        var understandMs = Math.Round(watch.Elapsed.TotalMilliseconds, 3);
        var zh = result.Language == "zh";
        var language = result.Language;

        if (result.Outcome != UnderstandingOutcome.Query)
        {
            var choices = result.Alternatives.Select(catalog.FindMetric).OfType<MetricDefinition>().ToArray();
            return new Answer
            {
                Status = result.Outcome == UnderstandingOutcome.Clarify ? AnswerStatus.ClarificationNeeded : AnswerStatus.NotFound,
                Question = question,
                Message = result.Outcome == UnderstandingOutcome.Clarify ? AskMessages.Clarify(choices, zh) : AskMessages.NotFound(choices, zh),
                Alternatives = choices.Select(m => new AlternativeDto(m.Id, m.Name.For(language))).ToArray(),
                Timings = new TimingsDto(understandMs, 0, 0, Math.Round(total.Elapsed.TotalMilliseconds, 3)),
            };
        }

        var query = result.Query!;
        var answer = await queries.ExecuteAsync(catalog, query, language, cancellationToken);
        var notices = result.Notices.Select(n => AskMessages.Notice(catalog, n, zh)).OfType<string>().ToList();
        var message = answer.Message;
        if (answer.Error is { Code: "unreachable_dimension" } && catalog.FindMetric(query.Metrics[0]) is { } metric)
        {
            var planner = new QueryPlanner(catalog);
            var reachable = planner.ReachableDimensions(metric);
            var blocked = query.GroupBy.Concat(query.Filters.Select(f => f.Dimension)).FirstOrDefault(d => !reachable.Contains(d)) ?? "";
            message = AskMessages.Unreachable(metric, blocked, reachable, catalog, zh);
        }
        else if (answer.Status == AnswerStatus.Answered && notices.Count > 0)
        {
            message = $"{message} {string.Join(" ", notices)}";
        }
        return answer with
        {
            Question = question,
            Query = answer.Query ?? QueryTranslator.ToDto(query),
            Message = message,
            Warnings = [.. answer.Warnings, .. result.Notices.Where(n => n.StartsWith("deprecated:", StringComparison.Ordinal)).Select(n => AskMessages.Notice(catalog, n, zh)!)],
            Timings = answer.Timings with { UnderstandMs = understandMs, TotalMs = Math.Round(total.Elapsed.TotalMilliseconds, 3) },
        };
    }

    /// <summary>Empty, over-long or unreadable questions are refused before anything reads them.</summary>
    private static ErrorDto? QuestionProblem(string? question)
    {
        if (string.IsNullOrWhiteSpace(question)) return new ErrorDto("empty_question", "The question is empty.", []);
        if (question.Length > TextNormalizer.MaxLength)
            return new ErrorDto("question_too_long", $"The question is longer than {TextNormalizer.MaxLength} characters; ask one short question at a time.", []);
        var unreadable = question.Count(c => c == '\uFFFD' || char.IsControl(c) && !char.IsWhiteSpace(c) || char.IsSurrogate(c) && !char.IsLetter(c));
        if (unreadable > 0 && question.Any(c => c == '\0' || c == '\uFFFD') || unreadable * 5 > question.Length)
            return new ErrorDto("unreadable_question", "The question contains characters that are not text.", []);
        return null;
    }

    private static string? Clip(string? question) => question is { Length: > 200 } ? question[..200] + "…" : question;
}
