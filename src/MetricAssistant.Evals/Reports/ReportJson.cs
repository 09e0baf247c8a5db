using System.Text.Json;
using MetricAssistant.Application.Contracts;

namespace MetricAssistant.Evals.Reports;

/// <summary>JSON settings of the report and baseline files (the contract's: camelCase, readable Chinese), indented or compact.</summary>
public static class ReportJson
{
    public static JsonSerializerOptions Indented => ContractJson.Indented;

    public static JsonSerializerOptions Compact => ContractJson.Options;

    /// <summary>The <c>kind</c> field of a report or baseline file, or null when the file has none.</summary>
    public static string? KindOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String
            ? kind.GetString()
            : null;
    }
}
