using MetricAssistant.Application.Answers;
using MetricAssistant.Application.Contracts;
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

    private static Results<Ok<AnswerDisplay>, ProblemHttpResult> Describe(DisplayRequest request, AnswerDisplayService displays)
    {
        var (display, problem) = displays.Describe(request.Answer, request.Language);
        return display is not null ? TypedResults.Ok(display) : TypedResults.Problem(detail: problem, statusCode: StatusCodes.Status400BadRequest);
    }
}

/// <summary>An answer to show in another language: <c>{ "answer": { … }, "language": "en" }</c>.</summary>
public sealed record DisplayRequest(Answer? Answer, string? Language);
