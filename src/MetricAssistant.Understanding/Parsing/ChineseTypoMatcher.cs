using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Chinese metric names typed with one wrong character, a homophone picked from the input method's list:
/// 订单树 → 订单数, 毛利律 → 毛利率, 人笑 → 人效. Only characters that sound like the name's own count, and
/// never ones that questions use anyway (多, 的, 上…), so "毛利多少" stays 毛利 and never becomes 毛利率.
/// </summary>
public sealed class ChineseTypoMatcher
{
    private const string Common = "的了吗呢啊吧呀是有在和与及跟各按每上下本今去前后近最多少高低大小几个哪什么怎样看查问请帮一二三四五六七八九十两年月日周天季度号店区城市渠道品类会员率数额量价人元钱总共分别对比同环比";
    // Characters of metric names and what a pinyin input method often puts in their place.
    internal static readonly IReadOnlyDictionary<char, string> SoundsLike = new Dictionary<char, string>
    {
        ['数'] = "树术书属熟署", ['率'] = "律绿虑滤吕旅", ['效'] = "笑校孝啸", ['额'] = "饿鹅俄", ['量'] = "亮辆谅凉", ['价'] = "架假嫁驾",
        ['利'] = "力例立丽莉理里李", ['单'] = "丹担胆蛋但淡弹", ['销'] = "消萧宵肖", ['售'] = "受兽寿授", ['客'] = "课刻克可", ['户'] = "护互沪",
        ['款'] = "宽", ['均'] = "军君钧俊", ['费'] = "非飞肥废", ['惠'] = "汇慧绘会", ['金'] = "今进近津", ['退'] = "腿推蜕褪",
        ['取'] = "去趣娶", ['品'] = "拼聘贫", ['毛'] = "猫帽茂矛", ['增'] = "曾赠憎", ['员'] = "元园圆原源远", ['累'] = "类泪雷",
        ['访'] = "放房防仿方", ['转'] = "赚专砖", ['化'] = "话画花华", ['预'] = "与雨语玉", ['约'] = "月越岳", ['岗'] = "港刚钢",
        ['成'] = "城程诚承", ['交'] = "叫教焦郊", ['营'] = "赢迎影盈", ['订'] = "定顶丁钉", ['支'] = "之只知枝", ['付'] = "负副富附",
        ['净'] = "静敬竞境井镜", ['在'] = "再载", ['人'] = "仁任认忍", ['润'] = "闰", ['件'] = "见建健",
        ['新'] = "心欣辛", ['会'] = "汇惠", ['店'] = "点电垫", ['流'] = "留刘", ['水'] = "谁睡",
        ['优'] = "由尤游",
        ['道'] = "到倒导岛", ['渠'] = "曲驱屈", ['区'] = "曲驱屈", ['域'] = "预遇玉", ['类'] = "累泪雷", ['型'] = "行形刑",
        ['级'] = "及急集极", ['等'] = "登灯邓", ['城'] = "成程诚", ['门'] = "们闷",
    };

    // The other way round: a typed character and the name characters it may stand for.
    private static readonly Dictionary<char, char[]> MeantBy = SoundsLike
        .SelectMany(p => p.Value.Select(typed => (Typed: typed, Meant: p.Key)))
        .GroupBy(x => x.Typed).ToDictionary(g => g.Key, g => g.Select(x => x.Meant).Distinct().ToArray());

    // Metric names of Chinese characters, with their place in the lexicon's order (ties are settled by it). A question's
    // words with one character put back are looked up here, so a large catalog (100k metrics) is never walked whole.
    private readonly Dictionary<string, (IReadOnlyList<LexiconEntry> Entries, int Order)> metricTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<LexiconEntry> Entries, int Order)>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly int[] lengths;

    public ChineseTypoMatcher(CatalogLexicon lexicon) : this(lexicon, lexicon.Terms.Where(t => t.Length >= 2 && t.All(TextNormalizer.IsCjk)
        && lexicon.Lookup(t).Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric)))
    {
    }

    /// <summary>The matcher of <paramref name="terms"/> (the lexicon's Chinese metric names, in its order), as kept in a <see cref="ReaderTableSnapshot"/>.</summary>
    internal ChineseTypoMatcher(CatalogLexicon lexicon, IEnumerable<string> terms)
    {
        // sized once when the count is known (the snapshot's array): growing it step by step rehashed 100k names again and again
        if (terms.TryGetNonEnumeratedCount(out var count)) metricTerms.EnsureCapacity(count);
        foreach (var term in terms) metricTerms[term] = (lexicon.Lookup(term), metricTerms.Count);
        lookup = metricTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        lengths = [.. metricTerms.Keys.Select(t => t.Length).Distinct().Order()];
    }

    /// <summary>The Chinese metric names in their order, for a <see cref="ReaderTableSnapshot"/>.</summary>
    internal IEnumerable<string> Terms => metricTerms.Keys;

    /// <summary>
    /// An exact match that is really part of a longer name typed wrong at its end: "毛利" in "毛利律", "订单" in
    /// "支付订单树" (the name may start up to three characters earlier).
    /// </summary>
    public TermMatch Extend(string text, TermMatch match, bool[] taken)
    {
        if (match.End >= text.Length || taken[match.End] || !Typo(text[match.End])) return match;
        for (var lead = Math.Min(3, match.Start); lead >= 0; lead--)
        {
            var start = match.Start - lead;
            if (Array.IndexOf(taken, true, start, lead) >= 0) continue;
            var extended = text.Substring(start, lead + match.Length + 1);
            // The names that are the extended words with their last character put back: exactly one is the reading.
            var best = Corrected(extended, extended.Length - 1).ToArray();
            if (best.Length == 1) return new TermMatch(start, extended.Length, extended, best[0].Entries, Fuzzy: true);
        }
        return match;
    }

    /// <summary>A name with one wrong character anywhere in the question, when nothing matched exactly.</summary>
    public TermMatch? Find(string text, bool[] taken)
    {
        // Every window of untaken Chinese characters as long as some name, with one typo-able character put back to a
        // character it sounds like: the names found so are those exactly one homophone away.
        var found = new List<(TermMatch Match, int Order)>();
        foreach (var length in lengths)
        {
            for (var i = 0; i + length <= text.Length; i++)
            {
                var window = text.Substring(i, length);
                if (Array.IndexOf(taken, true, i, length) >= 0 || !window.All(TextNormalizer.IsCjk)) continue;
                for (var k = 0; k < length; k++)
                    foreach (var (entries, order) in Corrected(window, k))
                        found.Add((new TermMatch(i, length, window, entries, Fuzzy: true), order));
            }
        }
        // Prefer the longest; two different names at the same length is a guess too far. (Among equals, the name the
        // lexicon lists first, then the earlier place: the order of the scan over every name this replaced.)
        var longest = found.OrderByDescending(f => f.Match.Length).ThenBy(f => f.Order).ThenBy(f => f.Match.Start).Select(f => f.Match).ToList();
        if (longest.Count == 0) return null;
        var top = longest.Where(m => m.Length == longest[0].Length).ToList();
        var meanings = top.Select(m => string.Join(",", m.Entries.Select(e => e.Id))).Distinct().Count();
        return meanings == 1 && (top[0].Length >= 3 || top.Count == 1) ? top[0] : null;
    }

    /// <summary>The name characters a typed character may stand for (none when it is no known homophone).</summary>
    internal static IReadOnlyList<char> Meant(char typed) => MeantBy.TryGetValue(typed, out var meant) ? meant : [];

    internal static bool Sounds(char meant, char typed) => SoundsLike.TryGetValue(meant, out var alike) && alike.Contains(typed);

    /// <summary>The metric names that are <paramref name="words"/> with the character at <paramref name="at"/>, a typo, put back to one it sounds like.</summary>
    private IEnumerable<(IReadOnlyList<LexiconEntry> Entries, int Order)> Corrected(string words, int at)
    {
        var typed = words[at];
        if (!Typo(typed) || !MeantBy.TryGetValue(typed, out var meant)) yield break;
        var chars = words.ToCharArray();
        foreach (var m in meant)
        {
            chars[at] = m;
            if (lookup.TryGetValue(chars.AsSpan(), out var term)) yield return term;
        }
    }

    internal static bool Typo(char c) => TextNormalizer.IsCjk(c) && !Common.Contains(c);
}
