using System.Globalization;
using System.Text;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Planner.Llm;

/// <summary>The system prompt from <c>prompts/planner.system.md</c> with the question's catalog context filled in.</summary>
public sealed class PlannerPrompt(string template)
{
    public const string FileName = "planner.system.md";
    private const int MaxValuesPerDimension = 80;

    public static PlannerPrompt Load(string directory) => new(File.ReadAllText(Path.Combine(directory, FileName)));

    public string Render(SemanticCatalog catalog, IReadOnlyList<MetricDefinition> candidates, DateTime now, string language)
    {
        var metrics = new StringBuilder();
        foreach (var m in candidates)
            metrics.Append(CultureInfo.InvariantCulture, $"- {m.Id}: {m.Name.Zh} / {m.Name.En}{(m.Official ? " (official)" : "")}{(m.Better == BetterDirection.Lower ? " (lower is better)" : "")}; {m.Description.En}").AppendLine();
        var dimensions = new StringBuilder();
        foreach (var d in catalog.Dimensions.Values.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var values = d.Values.Take(MaxValuesPerDimension).Select(v => $"{v.Code}={v.Name.Zh}/{v.Name.En}");
            dimensions.Append(CultureInfo.InvariantCulture, $"- {d.Id}: {d.Name.Zh} / {d.Name.En}; {string.Join(", ", values)}").AppendLine();
        }
        return template
            .Replace("{{now}}", now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{weekday}}", now.DayOfWeek.ToString(), StringComparison.Ordinal)
            .Replace("{{language}}", language, StringComparison.Ordinal)
            .Replace("{{metrics}}", metrics.ToString().TrimEnd(), StringComparison.Ordinal)
            .Replace("{{dimensions}}", dimensions.ToString().TrimEnd(), StringComparison.Ordinal);
    }
}
