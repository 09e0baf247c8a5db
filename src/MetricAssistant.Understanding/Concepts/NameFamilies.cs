using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The families the catalog does not declare but its names show: published metrics of one unit, one of whose names is
/// another's name with a qualifier added ("订单数" and "支付订单数", "会员数" and "新增会员数", "conversion" and "appointment
/// conversion"). A question naming the shorter word and ruling one variant out means another of them. Metrics built on
/// another over a window or a period (rolling, to date, growth, a conversion's wait) are that metric's views, no variant.
/// </summary>
public static class NameFamilies
{
    /// <summary>The implied families, each in id order, of metrics no declared family holds.</summary>
    public static IReadOnlyList<IReadOnlyList<MetricDefinition>> Of(SemanticCatalog catalog)
    {
        var members = catalog.Metrics.Values.Where(m => m.IsPublished && m.Family is null && IsPlain(m))
            .OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var names = members.ToDictionary(m => m.Id, m => new[] { m.Name.Zh, m.Name.En }.Concat(m.Synonyms).Select(TextNormalizer.Normalize).Where(n => n.Length >= 2).Distinct().ToList());
        var root = members.ToDictionary(m => m.Id, m => m.Id);
        string Find(string id) => root[id] == id ? id : root[id] = Find(root[id]);
        // Each name's metrics, looked up by the words inside a longer name (never pairwise: a catalog of 100,000 metrics).
        var byName = new Dictionary<string, List<MetricDefinition>>(StringComparer.Ordinal);
        foreach (var m in members)
            foreach (var name in names[m.Id])
                (byName.TryGetValue(name, out var list) ? list : byName[name] = []).Add(m);
        var lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var b in members)
            foreach (var longer in names[b.Id])
            {
                var edges = Edges(longer);
                for (var i = 0; i < edges.Count; i++)
                    for (var j = i + 1; j < edges.Count; j++)
                    {
                        var (start, length) = (edges[i], edges[j] - edges[i]);
                        if (length < 2 || length == longer.Length || !lookup.TryGetValue(longer.AsSpan(start, length), out var shorter)) continue;
                        foreach (var a in shorter)
                            if (a.Id != b.Id && string.Equals(a.Unit, b.Unit, StringComparison.Ordinal))
                                root[Find(a.Id)] = Find(b.Id);
                    }
            }
        return [.. members.GroupBy(m => Find(m.Id)).Where(g => g.Count() > 1).Select(g => (IReadOnlyList<MetricDefinition>)[.. g])];
    }

    // A window, a period to date, a growth or a conversion's wait makes a view of another metric, not a variant of it.
    private static bool IsPlain(MetricDefinition metric) => metric.Calculation.Type switch
    {
        MetricType.Simple or MetricType.Ratio => true,
        MetricType.Cumulative => metric.Calculation.Window is null && metric.Calculation.GrainToDate is null,
        _ => false,
    };

    // Where a word inside a name may start or end: "orders" inside "paid orders", never "order" inside "ordered"; Chinese anywhere.
    private static List<int> Edges(string name)
    {
        var edges = new List<int>(name.Length + 1);
        for (var k = 0; k <= name.Length; k++)
            if (k == 0 || k == name.Length || !(IsLatin(name[k - 1]) && IsLatin(name[k]))) edges.Add(k);
        return edges;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
