using System.Diagnostics;
using System.Text.Json.Nodes;

namespace MetricAssistant.Bot.Tests.Simulator;

/// <summary>
/// Microsoft's Adaptive Cards parser (npm adaptivecards 3.0.6, run by node) reading the cards: unknown
/// element or action types, properties of the wrong shape and elements newer than the card's version are reported.
/// </summary>
public static class AdaptiveCardsParser
{
    private const string Script = """
        const AC = require(process.argv[2]);
        const cards = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const problems = [];
        cards.forEach((json, i) => {
          const context = new AC.SerializationContext();
          context.targetVersion = AC.Versions.v1_5;
          const card = new AC.AdaptiveCard();
          card.parse(json, context);
          for (let e = 0; e < context.eventCount; e++) problems.push(`card ${i}: ${context.getEventAt(e).message}`);
          const validation = card.validateProperties();
          for (const event of validation.validationEvents) problems.push(`card ${i}: ${event.message}`);
        });
        process.stdout.write(JSON.stringify(problems));
        """;

    public static async Task<IReadOnlyList<string>> ProblemsAsync(IReadOnlyList<JsonObject> cards)
    {
        var script = Path.Combine(Path.GetTempPath(), $"ma-cards-{Guid.NewGuid():N}.js");
        await File.WriteAllTextAsync(script, Script);
        try
        {
            var psi = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(script);
            psi.ArgumentList.Add(NodeTools.AdaptiveCardsJs);
            using var node = Process.Start(psi)!;
            await node.StandardInput.WriteAsync(new JsonArray(cards.Select(c => (JsonNode)c.DeepClone()).ToArray()).ToJsonString());
            node.StandardInput.Close();
            var output = await node.StandardOutput.ReadToEndAsync();
            var error = await node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            if (node.ExitCode != 0) return [$"node failed ({node.ExitCode}): {error}"];
            return JsonNode.Parse(output)!.AsArray().Select(p => (string)p!).ToArray();
        }
        finally
        {
            File.Delete(script);
        }
    }
}
