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
        foreach (var a in members)
            foreach (var b in members.Where(b => b.Id != a.Id && string.Equals(b.Unit, a.Unit, StringComparison.Ordinal)))
                if (names[a.Id].Any(short_ => names[b.Id].Any(longer => longer != short_ && ContainsWord(longer, short_))))
                    root[Find(a.Id)] = Find(b.Id);
        return [.. members.GroupBy(m => Find(m.Id)).Where(g => g.Count() > 1).Select(g => (IReadOnlyList<MetricDefinition>)[.. g])];
    }

    // A window, a period to date, a growth or a conversion's wait makes a view of another metric, not a variant of it.
    private static bool IsPlain(MetricDefinition metric) => metric.Calculation.Type switch
    {
        MetricType.Simple or MetricType.Ratio => true,
        MetricType.Cumulative => metric.Calculation.Window is null && metric.Calculation.GrainToDate is null,
        _ => false,
    };

    // "orders" inside "paid orders", never "order" inside "ordered"; Chinese words anywhere.
    private static bool ContainsWord(string longer, string word)
    {
        for (var at = longer.IndexOf(word, StringComparison.Ordinal); at >= 0; at = longer.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !IsLatin(word[0]) || !IsLatin(longer[at - 1])) && (end == longer.Length || !IsLatin(word[^1]) || !IsLatin(longer[end]))) return true;
        }
        return false;
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
