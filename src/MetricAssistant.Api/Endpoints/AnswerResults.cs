using MetricAssistant.Application.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MetricAssistant.Api.Endpoints;

/// <summary>The HTTP status of an answer: 400 for an invalid request, 503 when something it needs is down (try again), else 200.</summary>
public static class AnswerResults
{
    public static Results<Ok<Answer>, BadRequest<Answer>, JsonHttpResult<Answer>> Of(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Status switch
        {
            AnswerStatus.Invalid => TypedResults.BadRequest(answer),
            AnswerStatus.Unavailable => TypedResults.Json(answer, statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => TypedResults.Ok(answer),
        };
    }
}
