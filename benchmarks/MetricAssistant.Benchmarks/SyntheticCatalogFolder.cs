using System.Text;

namespace MetricAssistant.Benchmarks;

/// <summary>
/// A catalog folder as a deployment has one: the repository's catalog (models, dimensions, access, demo metrics)
/// plus <c>count</c> generated metrics written as YAML (1,000 documents a file), named scope × segment × modifier ×
/// noun like <see cref="RetrievalBenchmarks"/>' synthetic catalog, with synonyms that keep the modifier so the
/// catalog validates (a synonym may name one metric only).
/// </summary>
internal static class SyntheticCatalogFolder
{
    /// <summary>Writes the folder; returns a question about one of the generated metrics.</summary>
    public static string Write(string source, string target, int count, int seed)
    {
        CopyDirectory(source, target);
        // generated English names ("Franchise store accessories daily average units per transaction") run past the demo's 40 characters
        var naming = Path.Combine(target, "governance", "naming.yaml");
        var rules = File.ReadAllText(naming);
        if (!rules.Contains("max_name_length: 40", StringComparison.Ordinal)) throw new InvalidOperationException("naming.yaml changed: adjust the generator");
        File.WriteAllText(naming, rules.Replace("max_name_length: 40", "max_name_length: 80", StringComparison.Ordinal));
        var scopes = RetrievalBenchmarks.Scopes;
        var segments = RetrievalBenchmarks.Segments;
        var modifiers = RetrievalBenchmarks.Modifiers;
        var nouns = RetrievalBenchmarks.Nouns;
        var combinations = scopes.Length * segments.Length * modifiers.Length * nouns.Length;
        if (count > combinations) throw new ArgumentOutOfRangeException(nameof(count), $"at most {combinations} synthetic metrics");
        var random = new Random(seed);
        var order = Enumerable.Range(0, combinations).OrderBy(_ => random.Next()).Take(count).ToList();
        string? question = null;
        var yaml = new StringBuilder();
        for (var i = 0; i < order.Count; i++)
        {
            var n = order[i];
            var scope = scopes[n % scopes.Length];
            var segment = segments[n / scopes.Length % segments.Length];
            var modifier = modifiers[n / (scopes.Length * segments.Length) % modifiers.Length];
            var noun = nouns[n / (scopes.Length * segments.Length * modifiers.Length)];
            var zh = $"{scope.Zh}{segment.Zh}{modifier.Zh}{noun.Zh}";
            question ??= $"上个月{zh}是多少";
            if (yaml.Length > 0) yaml.Append("---\n");
            yaml.Append($$"""
                metric: m{{n:D6}}
                name: { zh: {{zh}}, en: {{scope.En}} {{segment.En}} {{modifier.En}} {{noun.En}} }
                synonyms: [{{scope.Zh}}{{segment.Zh}}{{modifier.Zh}}{{noun.SynonymZh}}, {{scope.En}} {{segment.En}} {{modifier.En}} {{noun.SynonymEn}}]
                description:
                  zh: {{scope.Zh}}范围内{{segment.Zh}}品类的{{modifier.Zh}}{{noun.Zh}}，按自然日汇总后按所选时段计算。
                  en: The {{modifier.En}} {{noun.En}} of {{segment.En}} in {{scope.En}}, summed by day over the selected period.
                typical_questions: [上个月{{scope.Zh}}{{segment.Zh}}的{{modifier.Zh}}{{noun.Zh}}]
                domain: sales
                owner: { zh: 财务部, en: Finance }
                status: published
                version: 1
                official: {{(random.Next(4) != 0 ? "true" : "false")}}
                unit: CNY
                format: currency
                tags: [{{(random.Next(10) == 0 ? "finance-sensitive" : "")}}]
                default_window: last_month
                type: simple
                model: orders
                measure: pay_amount
                time_dimension: paid_time

                """);
            if ((i + 1) % 1000 == 0 || i == order.Count - 1)
            {
                File.WriteAllText(Path.Combine(target, "metrics", $"synthetic-{i / 1000:D4}.yaml"), yaml.ToString());
                yaml.Clear();
            }
        }
        return question ?? "上个月的GMV是多少";
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(source, directory)));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(source, file)));
    }
}
