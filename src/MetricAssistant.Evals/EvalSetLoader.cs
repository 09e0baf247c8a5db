using MetricAssistant.Evals.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MetricAssistant.Evals;

/// <summary>
/// Reads every <c>*.yaml</c>/<c>*.yml</c> file of a set's folder (<c>evals/golden</c> or <c>evals/holdout</c>).
/// Malformed cases are left out and reported as problems naming the file and the case; nothing throws
/// for bad content. A conversation case (<c>turns:</c>) comes out as one case per turn, in order, ids <c>&lt;id&gt;#&lt;n&gt;</c>.
/// </summary>
public static class EvalSetLoader
{
    public static (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems) Load(string directory, bool heldOut)
    {
        if (!Directory.Exists(directory)) return ([], [$"{directory}: folder not found."]);

        var cases = new List<EvalCase>();
        var problems = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

        foreach (var path in files)
        {
            var fileProblems = new ProblemList(Path.GetFileName(path));
            // A conversation's turns come together and share its id: kept or left out as one.
            foreach (var unit in ReadFile(path, heldOut, fileProblems))
            {
                var id = unit[0].Turn?.Conversation ?? unit[0].Id;
                if (seen.TryGetValue(id, out var firstFile))
                {
                    fileProblems.Add(id, $"duplicate id (first in {firstFile}).");
                    continue;
                }
                seen[id] = unit[0].File;
                cases.AddRange(unit);
            }
            problems.AddRange(fileProblems.Items);
        }
        return (cases, problems);
    }

    private static IEnumerable<IReadOnlyList<EvalCase>> ReadFile(string path, bool heldOut, ProblemList problems)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            problems.AddToFile($"not valid YAML: {e.Message}");
            return [];
        }
        if (stream.Documents.Count == 0) return [];
        if (stream.Documents.Count > 1 || stream.Documents[0].RootNode is not YamlSequenceNode root)
        {
            problems.AddToFile("a set file is one YAML list of cases.");
            return [];
        }
        var units = new List<IReadOnlyList<EvalCase>>();
        for (var i = 0; i < root.Children.Count; i++)
        {
            if (ConversationReader.IsConversation(root.Children[i]))
            {
                if (ConversationReader.Read((YamlMappingNode)root.Children[i], i, heldOut, problems) is { Count: > 0 } turns) units.Add(turns);
            }
            else if (CaseReader.Read(root.Children[i], i, heldOut, problems) is { } evalCase) units.Add([evalCase]);
        }
        return units;
    }
}
