using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
using MetricAssistant.Application.Catalog;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

public static class DisplayEndpoints
{
    /// <summary>
    /// POST /api/answers/display: an answer's display facts in another language (a page whose language differs from
    /// the question's), formatted by the same rule as the answer's own — so no page formats numbers itself.
    /// </summary>
    public static RouteGroupBuilder MapDisplayEndpoints(this RouteGroupBuilder app)
    {
        app.MapPost("/api/answers/display", Describe).WithTags("ask")
            .WithSummary("An answer's display facts in another language")
            .WithDescription("Body: { answer, language }: an answered answer as /api/ask returned it and \"zh\" or \"en\". Returns its `display` (headers, formatted cells, chart) in that language; nothing is run.");
        return app;
    }

    private static Results<Ok<AnswerDisplay>, ProblemHttpResult> Describe(DisplayRequest request, ICatalogProvider catalogs)
    {
        if (request.Language is not ("zh" or "en"))
            return TypedResults.Problem(detail: "'language' must be \"zh\" or \"en\".", statusCode: StatusCodes.Status400BadRequest);
        if (request.Answer is not { } answer || answer.Rows.Any(r => r.Count != answer.Columns.Count))
            return TypedResults.Problem(detail: "'answer' must be an answer as /api/ask returned it.", statusCode: StatusCodes.Status400BadRequest);
        return AnswerDisplayBuilder.Describe(answer, catalogs.Current, request.Language) is { } display
            ? TypedResults.Ok(display)
            : TypedResults.Problem(detail: "Only an answered question has display facts.", statusCode: StatusCodes.Status400BadRequest);
    }
}

/// <summary>An answer to show in another language: <c>{ "answer": { … }, "language": "en" }</c>.</summary>
public sealed record DisplayRequest(Answer? Answer, string? Language);
