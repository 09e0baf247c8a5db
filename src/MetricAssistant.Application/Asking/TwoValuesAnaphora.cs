using System.Text.RegularExpressions;
using MetricAssistant.Application.Conversations;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;

namespace MetricAssistant.Application.Asking;

/// <summary>
/// "orders on Tmall in June" → "and JD?" → "compare the two" / "both together" / "这两个对比一下": "the two" are the values of
/// the last two answered turns, which differ in that one value of one dimension (or the last turn's own two values). The
/// words are read as those values named, so the usual reading of listed values follows: each seen ("compare the two", "show
/// both", 两个都看看: Tmall vs JD, split by them), or summed when the question says so ("both together", 两个加起来).
/// </summary>
internal static partial class TwoValuesAnaphora
{
    [GeneratedRegex(@"(?<![a-z0-9])(both of them|both|the two|these two|those two|them both|the 2|the pair)(?![a-z0-9])|(?<=(split|compare|separate|break down|break out|show)\s+)them(?![a-z0-9])|这两个|那两个|这俩|那俩|两个|两者|二者|俩", RegexOptions.IgnoreCase)]
    private static partial Regex TheTwo();

    /// <summary>Whether the question says "the two" at all (the conversation's turns are read only then).</summary>
    public static bool Says(string question) => TheTwo().IsMatch(question);

    /// <summary>The question with "the two" written as the two values, or null when it names no two or the turns have none.</summary>
    public static string? Resolve(SemanticCatalog catalog, string question, IReadOnlyList<ConversationTurn> turns)
    {
        var words = TheTwo().Match(question);
        if (!words.Success) return null;
        var zh = question.Any(MetricAssistant.Understanding.Text.TextNormalizer.IsCjk);
        var answered = turns.Where(t => t.Query is not null).TakeLast(2).ToArray();
        if (Pair(answered.Select(t => t.Query!).ToArray()) is not { } pair) return null;
        var dimension = catalog.FindDimension(pair.Dimension);
        string Name(string code) => dimension?.FindValue(code)?.Name.For(zh ? "zh" : "en") ?? code;
        // Summed only when the question says so ("both together", 两个加起来); "show both", 两个都看看 see each.
        var summed = MetricAssistant.Understanding.FollowUp.FollowUpCues.TotalAt(question.ToLowerInvariant()) is not null;
        var named = (zh, summed) switch
        {
            (true, true) => $"{Name(pair.First)}和{Name(pair.Second)}",
            (true, false) => $"{Name(pair.First)}和{Name(pair.Second)}对比",
            (false, true) => $"{Name(pair.First)} and {Name(pair.Second)}",
            (false, false) => $"{Name(pair.First)} vs {Name(pair.Second)}",
        };
        return question[..words.Index] + named + question[(words.Index + words.Length)..];
    }

    /// <summary>The two values: the last answer's own two ("Tmall and JD together"), or one each in the last two answers.</summary>
    private static (string Dimension, string First, string Second)? Pair(IReadOnlyList<SemanticQuery> answered)
    {
        if (answered.Count == 0) return null;
        var last = answered[^1];
        if (last.Filters.Where(f => f is { Operator: QueryFilterOperator.In, Values.Count: 2 }).ToArray() is [var both])
            return (both.Dimension, both.Values[0], both.Values[1]);
        if (answered.Count < 2) return null;
        var before = answered[^2];
        var changed = last.Filters.Where(f => f is { Operator: QueryFilterOperator.In, Values.Count: 1 }
            && before.Filters.FirstOrDefault(b => b.Dimension == f.Dimension) is { Operator: QueryFilterOperator.In, Values: [var other] } && other != f.Values[0]).ToArray();
        return changed is [var one] ? (one.Dimension, before.Filters.First(b => b.Dimension == one.Dimension).Values[0], one.Values[0]) : null;
    }
}
