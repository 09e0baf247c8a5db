using MetricAssistant.Planner.Llm;
using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Planner.Llm.Tests;

/// <summary>The prompt the chat model reads: the candidates carry what it needs to judge best and worst.</summary>
public sealed class PlannerPromptTests
{
    private static readonly PlannerPrompt Prompt = PlannerPrompt.Load(Path.Combine(TestRepository.Root, "prompts"));

    [Fact]
    public void A_lower_is_better_metric_says_so_and_the_rule_for_best_and_worst_is_in_the_prompt()
    {
        var catalog = TestRepository.Catalog;
        var text = Prompt.Render(catalog, [catalog.Metrics["refund_rate"], catalog.Metrics["gmv"]], new DateTime(2025, 7, 15, 10, 0, 0), "zh");
        var refund = text.Split('\n').Single(l => l.StartsWith("- refund_rate: ", StringComparison.Ordinal));
        var gmv = text.Split('\n').Single(l => l.StartsWith("- gmv: ", StringComparison.Ordinal));
        Assert.Contains("(lower is better)", refund, StringComparison.Ordinal);
        Assert.DoesNotContain("lower is better", gmv, StringComparison.Ordinal);
        Assert.Contains("the worst is the highest (desc true)", text, StringComparison.Ordinal);
    }
}
