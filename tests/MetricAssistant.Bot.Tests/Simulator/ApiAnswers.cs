using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>What POST /api/ask answers for the same question, user and time: the reference the cards must match.</summary>
public static class ApiAnswers
{
    public static async Task<Answer> AskAsync(HttpClient http, string serviceUrl, string question, string user, string now)
    {
        using var response = await http.PostAsJsonAsync(serviceUrl + "/api/ask", new JsonObject { ["question"] = question, ["user"] = user, ["now"] = now });
        var json = await response.Content.ReadAsStringAsync();
        var answer = JsonSerializer.Deserialize<Answer>(json, ContractJson.Options) ?? throw new InvalidOperationException(json);
        // Rows arrive as JSON elements; the card formatter reads CLR numbers and strings.
        return answer with { Rows = answer.Rows.Select(r => (IReadOnlyList<object?>)r.Select(Plain).ToArray()).ToArray() };
    }

    private static object? Plain(object? value) => value is not JsonElement e ? value : e.ValueKind switch
    {
        JsonValueKind.Number => e.GetDecimal(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        _ => e.GetRawText(),
    };

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
