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
    private static readonly Dictionary<char, string> SoundsLike = new()
    {
        ['数'] = "树术书属熟署", ['率'] = "律绿虑滤吕旅", ['效'] = "笑校孝啸", ['额'] = "饿鹅俄", ['量'] = "亮辆谅凉", ['价'] = "架假嫁驾",
        ['利'] = "力例立丽莉理里李", ['单'] = "丹担胆蛋", ['销'] = "消萧宵肖", ['售'] = "受兽寿授", ['客'] = "课刻克可", ['户'] = "护互沪",
        ['款'] = "宽", ['均'] = "军君钧俊", ['费'] = "非飞肥废", ['惠'] = "汇慧绘会", ['金'] = "今进近津", ['退'] = "腿推蜕褪",
        ['取'] = "去趣娶", ['品'] = "拼聘贫", ['毛'] = "猫帽茂矛", ['增'] = "曾赠憎", ['员'] = "元园圆原源远", ['累'] = "类泪雷",
        ['访'] = "放房防仿方", ['转'] = "赚专砖", ['化'] = "话画花华", ['预'] = "与雨语玉", ['约'] = "月越岳", ['岗'] = "港刚钢",
        ['成'] = "城程诚承", ['交'] = "叫教焦郊", ['营'] = "赢迎影盈", ['订'] = "定顶丁钉", ['支'] = "之只知枝", ['付'] = "负副富附",
        ['净'] = "静敬竞境井镜", ['在'] = "再载", ['人'] = "仁任认忍", ['润'] = "闰", ['件'] = "见建健",
        ['新'] = "心欣辛", ['会'] = "汇惠", ['店'] = "点电垫", ['流'] = "留刘", ['水'] = "谁睡",
        ['优'] = "由尤游",
    };

    private readonly IReadOnlyList<(string Term, IReadOnlyList<LexiconEntry> Entries)> metricTerms;

    public ChineseTypoMatcher(CatalogLexicon lexicon) =>
        metricTerms = lexicon.Terms
            .Where(t => t.Length >= 2 && t.All(TextNormalizer.IsCjk))
            .Select(t => (t, lexicon.Lookup(t)))
            .Where(x => x.Item2.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))
            .ToArray();

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
            var best = metricTerms.Where(t => t.Term.Length == extended.Length && t.Term.AsSpan(0, t.Term.Length - 1).SequenceEqual(extended.AsSpan(0, extended.Length - 1)) && Sounds(t.Term[^1], extended[^1])).ToArray();
            if (best.Length == 1) return new TermMatch(start, extended.Length, extended, best[0].Entries, Fuzzy: true);
        }
        return match;
    }

    /// <summary>A name with one wrong character anywhere in the question, when nothing matched exactly.</summary>
    public TermMatch? Find(string text, bool[] taken)
    {
        var found = new List<TermMatch>();
        foreach (var (term, entries) in metricTerms)
        {
            for (var i = 0; i + term.Length <= text.Length; i++)
            {
                var mismatches = 0;
                var wrong = -1;
                for (var k = 0; k < term.Length && mismatches < 2; k++)
                {
                    var c = text[i + k];
                    if (taken[i + k] || !TextNormalizer.IsCjk(c)) { mismatches = 2; break; }
                    if (c != term[k]) { mismatches++; wrong = k; }
                }
                if (mismatches == 1 && Typo(text[i + wrong]) && Sounds(term[wrong], text[i + wrong])) found.Add(new TermMatch(i, term.Length, text.Substring(i, term.Length), entries, Fuzzy: true));
            }
        }
        // Prefer the longest; two different names at the same length is a guess too far.
        var longest = found.OrderByDescending(m => m.Length).ToList();
        if (longest.Count == 0) return null;
        var top = longest.Where(m => m.Length == longest[0].Length).ToList();
        var meanings = top.Select(m => string.Join(",", m.Entries.Select(e => e.Id))).Distinct().Count();
        return meanings == 1 && (top[0].Length >= 3 || top.Count == 1) ? top[0] : null;
    }

    private static bool Sounds(char meant, char typed) => SoundsLike.TryGetValue(meant, out var alike) && alike.Contains(typed);

    private static bool Typo(char c) => TextNormalizer.IsCjk(c) && !Common.Contains(c);
}
