using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Decides for each dimension word and value whether it splits the answer (各渠道, by region, 哪个门店)
/// or restricts it (华东, 天猫, 除了京东 → not_in), keeping the question's order.
/// </summary>
public static partial class SliceParser
{
    public sealed record Slices(IReadOnlyList<string> GroupBy, IReadOnlyList<QueryFilter> Filters)
    {
        /// <summary>
        /// Dimensions named as the rest (其他渠道, "the other channels") with none of their values left out: read as a split
        /// here, the rest of what a previous question kept in a conversation ("上个月抖音的订单数" → "剩下几个渠道呢").
        /// </summary>
        public IReadOnlyList<string> Rest { get; init; } = [];

        /// <summary>Dimensions whose values were named to cover every row ("门店加线上"): no filter, and none kept from before.</summary>
        public IReadOnlyList<string> Whole { get; init; } = [];

        /// <summary>
        /// Dimensions whose values kept were all only said to be counted in ("别忘了把京东也算上", "make sure Tmall is included"):
        /// a question of its own is not restricted by them (<see cref="WithoutCountedIn"/>); a follow-up reads them against what
        /// the conversation left out.
        /// </summary>
        public IReadOnlyList<string> CountedIn { get; init; } = [];

        /// <summary>The slices without the filters of values only counted in.</summary>
        public Slices WithoutCountedIn() => CountedIn.Count == 0 ? this
            : this with { Filters = [.. Filters.Where(f => !(f.Operator == QueryFilterOperator.In && CountedIn.Contains(f.Dimension)))] };

        /// <summary>Splits said of the asker's own part ("本区域", "my region's stores, top 10"), with the words saying so.</summary>
        public IReadOnlyList<(string Dimension, TextSpan Words)> Own { get; init; } = [];

        /// <summary>Dimensions named as the rest with a split word (其他渠道分别, "the other channels one by one"): a split of the rest.</summary>
        public IReadOnlyList<string> RestSplit { get; init; } = [];
    }

    private sealed record Value(string Dimension, string Code, TermMatch Match, bool Excluded, bool KeptOnly = false, bool CountedIn = false);

    // Later in the question, a word asking for each of the rest: "其它渠道的GMV各是多少", "the other channels' GMV, one by one"
    [GeneratedRegex(@"分别|各自|各(?=\s*(是|有|为|多少|卖|下|付|占|贡献))|逐个|一个个|\b(one by one|respectively|individually|separately|each)\b")]
    private static partial Regex EachLater();

    // A Chinese word asking for each value, later: 各是多少, 分别多少, 各自 (an English "each" later may count another thing).
    [GeneratedRegex(@"分别|各自|各(?=\s*(是|有|为|多少|卖|下|付|占|贡献))")]
    private static partial Regex ChineseEachLater();

    // Words just before a dimension that make it a split: "各渠道", "按区域", "哪个门店", "每家门店", "那几个城市", "细分到门店类型", "by region", "for each city"
    [GeneratedRegex(@"((细分|拆分|拆|细化)\s*(到|成)|各|按|分|每个|每一个|每家|每一家|每间|每一间|各家|各间|每种|每一种|每类|各种|各类|每|哪个|哪些|哪家|哪一个|哪一家|哪几个|哪几家|那几个|这几个|那几家|这几家|不同|各个|按照|分别|所有|全部|\bby|\bper-|\bper|\beach|\bevery|\bwhich|\bacross|\ball|\bfor each|split by|broken down by|breakdown by|break down by|\btop\s*\d*|\bbottom\s*\d*|前\s*\d+|前[一二两三四五六七八九十]+)\s*(的)?\s*$")]
    private static partial Regex SplitBefore();

    // The split words that also just name a whole set: "all channels except tmall" is one total, "各渠道" is not
    [GeneratedRegex(@"(所有|全部|\ball|\bacross)\s*(the\s+|our\s+)?(的)?\s*$")]
    private static partial Regex WeakSplitBefore();

    // A word naming every value of the dimension after it: "全渠道", "所有门店类型", "全部的区域", "across all channels", "for all store
    // types" (not "every", which asks for each; not a bare "across", which looks at kinds one by one).
    [GeneratedRegex(@"(全|所有|全部)\s*(的)?\s*$|(?<![a-z])(across\s+)?all\s+(of\s+)?(the\s+|our\s+)?$")]
    private static partial Regex EveryValueBefore();

    // A total taken over a whole set: "所有门店加起来", "total GMV across all stores", "all channels combined", "天猫京东两个一起看"
    [GeneratedRegex(@"加起来|合起来|加在一起|合在一起|放一起|放在一起|一起看|一起算|一块儿?看|一块儿?算|加一块儿?|加到一块儿?|加一起|合一块儿?|合并|加总|合计|总计|\b(in total|total|combined|altogether|all together|together|summed|as one)\b")]
    private static partial Regex TotalWord();

    // The total word said right after the dimension naming both sides: "线上线下加一块儿", "线上线下的加起来", "online vs offline combined".
    [GeneratedRegex(@"^\s*(的|都|一共|全部)?\s*(加起来|合起来|加在一起|合在一起|放一起|放在一起|一起算|一块儿?算|加一块儿?|加到一块儿?|加一起|合一块儿?|合计|总计|总共|加总|\b(in total|combined|altogether|all together|together|summed)\b)")]
    private static partial Regex TotalAfter();

    // Words just after a dimension that make it a split: "门店排名", "区域分布", "渠道对比"
    // "其他渠道各自的GMV", "the other channels one by one"; the level looked at: "门店级别", "区域层面", "store-level", "at city level"
    [GeneratedRegex(@"^\s*(排名|排行|分布|对比|占比|排序|之间|分别|各自|逐个|一个个|维度|角度|口径下|级别|层面|层级|粒度|breakdown|ranking|split|mix|one by one|individually|separately|respectively|-?\s*level(?![a-z]))")]
    private static partial Regex SplitAfter();

    // A dimension word naming a place, not a split: "店里平均有多少员工", "约了多少人来店", "到店的客人", "in store"
    // (上 opening a period is no place: "线上线下上季度的客单价")
    [GeneratedRegex(@"^\s*(里|里面|内|中|上(?!\s*(个|一|半)?\s*(季|月|周|年|星期|礼拜|旬|次|回)))(?![一-龥]{0,1}(排名|分布|对比))")]
    private static partial Regex PlaceAfter();

    // (以来, 近来, 现在 end time words, no coming or being somewhere: "今年以来渠道类型的GMV" is a split)
    [GeneratedRegex(@"((?<![以近向从后原本看起将未历素])来|到|进|去|回|(?<![现正实存所])在|逛)\s*$")]
    private static partial Regex PlaceBefore();

    // "in the shops", "on the shop floor", "at our branches": an English place said with its preposition (a ranking still splits).
    [GeneratedRegex(@"(?<![a-z])(?:in|at|on|inside|to|into)\s+(?:the|our)\s+$")]
    private static partial Regex EnglishPlaceBefore();

    // A dimension word naming whose the people after it are, not a split: "each member of store staff", "门店员工", "店铺的员工"
    [GeneratedRegex(@"^\s*(的)?\s*(staff|staffers?|employees?|workers?|personnel|headcount|员工|店员|职工|雇员|人手)(?![a-z])")]
    private static partial Regex WhosePeopleAfter();

    [GeneratedRegex(@"^\s*(的|'s\b)")]
    private static partial Regex Possessive();

    // The per-unit words before "store employee": each of the people after the dimension word is the unit.
    [GeneratedRegex(@"(\beach|\bevery|\bper|每个|每一个|每位|每名|每)\s*$")]
    private static partial Regex UnitBefore();

    // "average headcount across the stores", "output per employee across our stores", "people working in our shops": the
    // whole set, one number; a spread over it ("how were refunds spread across channels") is a split.
    // "how many staff did our stores have": "our" before a dimension word names the whole set ("each of our stores" does not).
    [GeneratedRegex(@"\b(across\s+(the\s+|our\s+|all\s+(the\s+|our\s+)?)?|(in|at|inside|within)\s+(all\s+)?our\s+)$|(?<!\b(each|every|all|which|of|by|per|for|across)\s+)\bour\s+$")]
    private static partial Regex AcrossBefore();

    // "conversion across store types", "GMV across regions", "footfall across the regions": kinds in the plural after "across"
    // are looked at one by one; "across our stores", "average headcount across stores" stay the whole set.
    [GeneratedRegex(@"\bacross\s+(the\s+)?$")]
    private static partial Regex BareAcross();

    // "for each of the other channels", "every one of the remaining store types": each of the rest, a split of it.
    [GeneratedRegex(@"\b(each|every one|every single one)\s+of\s+(the\s+|our\s+)?(other|remaining|rest of( the| our)?)\s*$")]
    private static partial Regex EachOfTheRest();

    [GeneratedRegex(@"\b(average|avg|mean|per|total|overall|sum|summed|summing)\b")]
    private static partial Regex WholeSetWord();

    // "average headcount across store types": kinds named as kinds are looked at one by one, whatever whole-set word is before.
    [GeneratedRegex(@"\b(types|kinds|categories|formats|tiers|levels)$")]
    private static partial Regex KindsWord();

    private static bool AcrossKinds(string before, string dimensionWord) =>
        BareAcross().IsMatch(before) && (!WholeSetWord().IsMatch(before) || KindsWord().IsMatch(dimensionWord)) && dimensionWord.EndsWith('s');

    // "GMV by city for my region", "我负责的区域": the asker's own part, which their row rule already is; neither split nor filter.
    [GeneratedRegex(@"(\bmy\s+(own\s+)?|我的|我们的|我负责的|我管的|我们负责的|我们管的)\s*$")]
    private static partial Regex OwnBefore();

    // "我们片区", "咱们大区": the same said without 的, of a dimension's word only (我们门店 / 我哋store name the in-store channel).
    [GeneratedRegex(@"(我们|咱们|咱|我这|我们这|我这边的?|我们这边的?)\s*$")]
    private static partial Regex OwnAreaBefore();

    [GeneratedRegex(@"\b(spread|split|distributed|distribution|broken|break|breakdown|vary|varied|varies|compare[sd]?|comparing|differ|different)\b")]
    private static partial Regex SpreadWord();

    // The whole set counted together: "线上线下都算", "channels all included"
    [GeneratedRegex(@"^\s*(都算|都包括|都包含|都要|全算|全都算|全部算|都算上|都计入|都统计|一起算|\b(all included|both included|combined|together)\b)")]
    private static partial Regex WholeSetAfter();

    // Right after the last value of a list: a count of them ("三个区", "两个渠道", "both", "all three")
    [GeneratedRegex(@"^\s*(这|那|共|一共|总共)?\s*([两二三四五六七八九十\d]+|几)\s*(个|家|大|条)|^\s*,?\s*(both|all (two|three|four|five|\d+)|these (two|three|four|five|\d+)|the (two|three|four|five|\d+))\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountedList();

    // What may stand between two values of one list: "天猫和京东", "tmall, jd and douyin"
    // ("douyin and the mini program": an article before the next value)
    // ("进店的加线上的", "tmall plus jd", "stores as well as online": 加 / plus join the values of one list too)
    [GeneratedRegex(@"^\s*(的?\s*(和|与|跟|同|及|以及|、|,|/|&|\+|or|and|或|或者|nor|加上|加|再加上|外加|plus|as well as))?\s*(the\s+)?$")]
    private static partial Regex Connector();

    // Two values set against each other: "门店对比小程序", "in-store vs Douyin", "Tmall against stores".
    [GeneratedRegex(@"^\s*(的)?\s*(vs\.?|versus|对比|对上|比|pk|against|compared (with|to))\s*(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SetAgainst();

    // What may stand between a value and the word naming its kind: "奥莱的门店", "outlet 店", "home-category products"
    // "奥特莱斯那种店", "outlet-type stores": a word pointing at the value's kind ("那种", "这类") stands there too.
    [GeneratedRegex(@"^\s*(的|-)?\s*((那|这)(种|类|样的?)\s*(的)?)?\s*$")]
    private static partial Regex Qualifier();

    // What points back at a place's stores as one group: "成都那几家店", "上海那些门店", "华东这些店" (those of the place, no split)
    // "深圳啲店" (Cantonese 啲, read as 些): the plural word alone points at them too.
    [GeneratedRegex(@"^\s*(的)?\s*((那|这)\s*(几家|些)|些)\s*(的)?\s*$")]
    private static partial Regex ThoseOf();

    /// <summary>"store by store", "region by region": the word said twice with "by" is one by one, a split.</summary>
    private static bool OneByOne(string after, string word) =>
        after.TrimStart().StartsWith("by " + word, StringComparison.Ordinal);

    /// <summary>Whether the words just before a term ask for each of what it names ("每家", "each", "per"), not for a whole set ("所有", "all").</summary>
    public static bool EachBefore(string before) => SplitBefore().IsMatch(before) && !WeakSplitBefore().IsMatch(before);

    /// <summary>Whether the words around <paramref name="match"/> make it a split ("各门店", "by store", a ranking).</summary>
    public static bool SplitsAt(string text, TermMatch match, bool ranking) =>
        SplitBefore().IsMatch(text[..match.Start]) || SplitAfter().IsMatch(text[match.End..]) || ranking;

    public static Slices Parse(string text, IReadOnlyList<TermMatch> matches, bool ranking)
    {
        var groupBy = new List<string>();
        var values = new List<Value>();
        var qualifiers = new List<string>();
        var rest = new List<string>();
        var restSplit = new List<string>();
        var whole = new List<string>();
        var regardlessEnd = -1;
        var negatedAt = -1;
        var own = new List<(string, TextSpan)>();
        // Dimensions asked split by words other than the asker's own ("my channels' …, one row per channel"): asked outright.
        var splitOutright = new HashSet<string>(StringComparer.Ordinal);
        var words = LeavingOutWords.Default;
        for (var k = 0; k < matches.Count; k++)
        {
            var match = matches[k];
            var dimension = match.Entries.FirstOrDefault(e => e.Kind == TermKind.Dimension);
            var value = match.Entries.FirstOrDefault(e => e.Kind == TermKind.DimensionValue);
            var previous = values.Count > 0 ? values[^1] : null;
            var before = text[..match.Start];
            var after = text[match.End..];
            var ownHere = false;
            // "天猫和门店分别多少", "stores and digital channels", "in-store vs Douyin": a word both a value and a dimension, listed
            // beside another value, is that value; a split word after the list asks for each of the list, not for each store.
            // ("上海门店和杭州门店": a word naming the kind of the value right before it stays that kind.)
            if (dimension is not null && value is not null && !(SplitBefore().IsMatch(before) && !WeakSplitBefore().IsMatch(before))
                && !(previous is not null && previous.Match.End <= match.Start && Qualifier().IsMatch(text[previous.Match.End..match.Start]))
                && (ListedBesideItsValue(text, matches, k, value, previous) || JoinedToAnotherValue(text, matches, k, value, previous)))
                dimension = null;
            // "不管线上线下", "无论门店还是网上", "不论哪个渠道", "regardless of channel", "whether online or in-store": every side is
            // named and none chosen, so neither a filter nor a split (the list goes on to its next value).
            if ((value ?? dimension) is { } named && (words.Regardless(before, after)
                || regardlessEnd >= 0 && regardlessEnd <= match.Start && words.GoesOnWithTheList(text[regardlessEnd..match.Start])))
            {
                if (!whole.Contains(named.Id)) whole.Add(named.Id);
                regardlessEnd = match.End;
                continue;
            }
            // "本区域", "我负责的几个渠道", "the platforms I look after": the asker's own part, marked however it is read below
            // (asked each outright, "我负责的各个门店", it is a split whoever asks).
            if (dimension is not null && value is null && !EachBefore(before) && !SplitAfter().IsMatch(after)
                && OwnScopeWords.Around(text, match.Start, match.End) is { } ownWords)
            {
                own.Add((dimension.Id, ownWords));
                ownHere = true;
            }
            // "where 渠道 = 京东", "channel not in (tmall)": a condition's dimension word names its values' kind; they filter.
            if (dimension is not null && k + 1 < matches.Count && !EachBefore(before) && matches[k + 1].Start >= match.End
                && matches[k + 1].Entries.Any(e => e.Kind == TermKind.DimensionValue && e.Id == dimension.Id)
                && ConditionWords.IsOperator(text[match.End..matches[k + 1].Start]))
            {
                if (ConditionWords.Negates(text[match.End..matches[k + 1].Start])) negatedAt = k + 1;
                continue;
            }
            // A dimension word right after a value names what the value is: 美妆品类, 奥莱店, "flagship stores", "华南 region";
            // after a counted list ("天猫、京东两个渠道") it names the list's kind, whether split or summed is decided below.
            // ("东边那几个城市": a count before another dimension's word is no list of east's kind but a split of cities in it;
            // "成都那几家店", "上海那些门店" point at the place's stores as one group, unless asked each later: "杭州那几家店各自卖了多少".)
            // "across East China stores", "all Shanghai stores": a word naming the whole set before the value splits nothing.
            if (dimension is not null && previous is not null && (Qualifier().IsMatch(text[previous.Match.End..match.Start])
                    || ThoseOf().IsMatch(text[previous.Match.End..match.Start]) && dimension.Id != previous.Dimension && !ChineseEachLater().IsMatch(after)
                    || CountedList().IsMatch(text[previous.Match.End..match.Start]) && dimension.Id == previous.Dimension)
                && (!(SplitBefore().IsMatch(text[..previous.Match.Start]) && !WeakSplitBefore().IsMatch(text[..previous.Match.Start]))
                    // "orders placed by gold-tier members": the value's own dimension word names its kind, whatever split word is before.
                    || dimension.Id == previous.Dimension && Qualifier().IsMatch(text[previous.Match.End..match.Start])))
            {
                qualifiers.Add(dimension.Id);
                continue;
            }
            // "其它渠道的GMV各是多少": a word asking for each of the rest, later on, splits it.
            // "线上线下上季度的客单价各是多少": a dimension word with a word asking for each of its values later splits by it.
            var strongSplit = SplitBefore().IsMatch(before) && !WeakSplitBefore().IsMatch(before) || SplitAfter().IsMatch(after) || ranking
                || OneByOne(after, match.Text)
                || dimension is not null && value is null && EachOfTheRest().IsMatch(before)
                || dimension is not null && value is null && EachLater().IsMatch(after) && !WholeSetAfter().IsMatch(after)
                    && (ExclusionMarkers.EndsWithRest(before) || ChineseEachLater().IsMatch(after));
            if (dimension is not null && value is null && !strongSplit && NamesTheRest(text, matches, k, dimension.Id, previous))
                continue;
            // "除了抖音，上个月其他渠道的下单金额", "其他渠道，除了抖音": the rest is one total once an exclusion says what is left out.
            if (dimension is not null && value is null && !strongSplit && ExclusionMarkers.EndsWithRest(before))
            {
                rest.Add(dimension.Id);
                continue;
            }
            // "所有门店加起来", "total across all stores": the whole set summed, neither a split nor a filter
            // (门店 is also the offline channel's value; "all" names the dimension's whole set, not that value;
            // "across our stores or online shops combined" joins it to another value, so it is that value).
            if (dimension is not null && !strongSplit && WeakSplitBefore().IsMatch(before) && TotalWord().IsMatch(text)
                && !JoinedToAnotherValue(text, matches, k, value, previous))
                continue;
            // "线上线下加一块儿", "线上线下的加起来": the dimension whose name says both its sides, summed at once, is the whole set.
            if (dimension is not null && value is null && !strongSplit && TotalAfter().IsMatch(after))
            {
                if (!whole.Contains(dimension.Id)) whole.Add(dimension.Id);
                continue;
            }
            // "全渠道的GMV", "所有门店类型的订单数", "GMV across all channels": every value named at once is neither a split nor a filter
            // (asked each or ranked it is the split: strongSplit; "all our stores and online" joins the store value to another).
            if (dimension is not null && !strongSplit && EveryValueBefore().IsMatch(before) && !JoinedToAnotherValue(text, matches, k, value, previous))
            {
                if (!whole.Contains(dimension.Id)) whole.Add(dimension.Id);
                continue;
            }
            // "revenue per store staff", "每个门店员工": the dimension word says whose the staff are; the staff are the unit, no split.
            // (A ranking asks for a split of the other dimensions: "which cities got the most sales per store staff".)
            // "how much does each store employee bring in": a per-unit word before them counts the staff, not the stores.
            // ("each store type 的 staff", "每个城市的员工": a possessive between makes the people the kind's own, a split by it.)
            if (dimension is not null && (!SplitBefore().IsMatch(before) || UnitBefore().IsMatch(before) && !ranking && !Possessive().IsMatch(after))
                && !SplitAfter().IsMatch(after) && WhosePeopleAfter().IsMatch(after))
                continue;
            // "店里", "来店", "线上线下都算": the place where, or the whole set counted together, is no split.
            // "across all stores" names the whole set even where "stores" is also a channel's name.
            if (dimension is not null && !strongSplit && (value is null && (PlaceAfter().IsMatch(after) || PlaceBefore().IsMatch(before) || EnglishPlaceBefore().IsMatch(before) && !ranking || OwnAreaBefore().IsMatch(before) || WholeSetAfter().IsMatch(after))
                || (AcrossBefore().IsMatch(before) && !SpreadWord().IsMatch(before) && !(value is null && AcrossKinds(before, match.Text)) || OwnBefore().IsMatch(before)) && !JoinedToAnotherValue(text, matches, k, value, previous)))
                continue;
            if (dimension is not null && value is null && strongSplit && ExclusionMarkers.EndsWithRest(before)) restSplit.Add(dimension.Id);
            var splits = SplitBefore().IsMatch(before) || SplitAfter().IsMatch(after) || ranking || strongSplit;
            // "top 3 channels, ex-store", "剔掉门店": a word both a dimension and a value, with an exclusion word right before,
            // is the value left out (a dimension is never left out), whatever a ranking splits.
            if (dimension is not null && value is not null && splits && !SplitBefore().IsMatch(before) && !SplitAfter().IsMatch(after)
                && ExclusionMarkers.IsBefore(before))
                splits = false;
            if (dimension is not null && (value is null || splits))
            {
                if (!ownHere) splitOutright.Add(dimension.Id);
                if (!groupBy.Contains(dimension.Id)) groupBy.Add(dimension.Id);
                continue;
            }
            if (value is null) continue;
            var listed = previous is not null && previous.Dimension == value.Id && Connector().IsMatch(text[previous.Match.End..match.Start]);
            // "把门店渠道去掉": the word naming the value's kind stands between it and the exclusion word after it.
            if (k + 1 < matches.Count && matches[k + 1].Entries.Any(e => e.Kind == TermKind.Dimension && e.Id == value.Id)
                && Qualifier().IsMatch(text[match.End..matches[k + 1].Start]))
                after = text[matches[k + 1].End..];
            // "服装类以外": the kind's suffix after the value stands between it and the exclusion word.
            if (after.StartsWith('类')) after = after[1..];
            var keepsOnly = ExclusionMarkers.KeepsOnly(before, after);
            var kept = keepsOnly || ExclusionMarkers.KeptUnderNegation(before, after);
            var excludedAfter = !kept && (ExclusionMarkers.IsAfter(after) || ExclusionMarkers.IsLeftOut(before, after));
            var excluded = !kept && (ExclusionMarkers.IsBefore(before) || excludedAfter || listed && previous!.Excluded) || negatedAt == k;
            // "别忘了把京东也算上", "make sure Tmall is included", "don't leave out the outlets": said to be counted in, not chosen.
            var countedInAfter = !excluded && !keepsOnly && !words.CountsIn(before, "") && words.CountsIn("", after);
            var countedIn = !excluded && !keepsOnly && (words.CountsIn(before, after) || listed && previous!.CountedIn);
            // "天猫和京东都算上": said after the last value of a list, for the whole list ("只看天猫，京东也算上": 天猫 is chosen).
            if (countedInAfter)
            {
                for (var j = values.Count - 1; j >= 0 && values[j].Dimension == value.Id && !values[j].Excluded && !values[j].CountedIn; j--)
                {
                    var next = j == values.Count - 1 ? match : values[j + 1].Match;
                    if (!Connector().IsMatch(text[values[j].Match.End..next.Start]) || words.Chosen(text[..values[j].Match.Start])) break;
                    values[j] = values[j] with { CountedIn = true };
                }
            }
            // "天猫和京东以外": a marker after the last value of a list excludes the whole list.
            if (excludedAfter)
            {
                for (var j = values.Count - 1; j >= 0 && values[j].Dimension == value.Id && !values[j].Excluded; j--)
                {
                    var next = j == values.Count - 1 ? match : values[j + 1].Match;
                    if (!Connector().IsMatch(text[values[j].Match.End..next.Start])) break;
                    values[j] = values[j] with { Excluded = true };
                }
            }
            values.Add(new Value(value.Id, value.Code!, match, excluded, keepsOnly, countedIn));
        }

        // A value kept in one clause and left out in another ("上周天猫不错，这次天猫不算"): leaving it out wins, never both.
        var leftOut = values.Where(v => v.Excluded).Select(v => (v.Dimension, v.Code)).ToHashSet();
        values.RemoveAll(v => !v.Excluded && leftOut.Contains((v.Dimension, v.Code)));
        // "其他渠道的GMV" with nothing left out: no rest to name, the word is read as a split.
        var restOfNothing = rest.Where(d => !values.Any(v => v.Dimension == d && (v.Excluded || v.KeptOnly))).Distinct().ToList();
        foreach (var dimension in restOfNothing.Where(d => !groupBy.Contains(d)))
            groupBy.Add(dimension);
        // "华东、华北、华南三个区的订单数", "tmall and jd, both channels": a list counted out is asked value by value.
        foreach (var listed in values.Where(v => !v.Excluded).GroupBy(v => v.Dimension).Where(g => g.Count() >= 2))
            if (CountedList().IsMatch(text[listed.Last().Match.End..]) && !TotalWord().IsMatch(text) && !groupBy.Contains(listed.Key)) groupBy.Add(listed.Key);
        // "the worst online channel by cancellation rate": a ranking needs something to rank, and the only
        // dimension named, though it qualified a value, is what is ranked.
        // ("旗舰店、标准店、奥莱店哪个…": with several values of one dimension listed, those values are what is ranked, and the store
        // word after the last only names their kind.)
        if (ranking && groupBy.Count == 0 && qualifiers.Count > 0 && !values.Where(v => !v.Excluded).GroupBy(v => v.Dimension).Any(g => g.Count() >= 2))
            groupBy.Add(qualifiers[0]);
        var filters = values
            .GroupBy(v => (v.Dimension, v.Excluded))
            .Select(g => new QueryFilter(g.Key.Dimension, g.Key.Excluded ? QueryFilterOperator.NotIn : QueryFilterOperator.In, g.Select(v => v.Code).Distinct().ToArray()))
            .ToList();
        return new Slices(groupBy, filters)
        {
            Rest = restOfNothing,
            RestSplit = [.. restSplit.Where(d => !values.Any(v => v.Dimension == d && (v.Excluded || v.KeptOnly))).Distinct()],
            Whole = whole,
            Own = [.. own.Where(o => !splitOutright.Contains(o.Item1))],
            CountedIn = [.. values.Where(v => !v.Excluded).GroupBy(v => v.Dimension).Where(g => g.All(v => v.CountedIn)).Select(g => g.Key)],
        };
    }

    /// <summary>
    /// "our stores and online", "online plus our stores": a word that is also a value, joined to a value of another dimension,
    /// is that value (the offline channel), one of a set, not the whole set of the dimension it also names.
    /// </summary>
    private static bool JoinedToAnotherValue(string text, IReadOnlyList<TermMatch> matches, int k, LexiconEntry? value, Value? previous)
    {
        if (value is null) return false;
        var match = matches[k];
        var next = k + 1 < matches.Count ? matches[k + 1] : null;
        return next is not null && next.Start >= match.End && next.Entries.Any(e => e.Kind == TermKind.DimensionValue && e.Id != value.Id)
                && RelatedValues.IsJoiner(text[match.End..next.Start])
            || previous is not null && previous.Dimension != value.Id && previous.Match.End <= match.Start && RelatedValues.IsJoiner(text[previous.Match.End..match.Start]);
    }

    /// <summary>A value listed with another value of its own dimension, before or after it: "天猫和门店", "门店、京东".</summary>
    private static bool ListedBesideItsValue(string text, IReadOnlyList<TermMatch> matches, int k, LexiconEntry value, Value? previous)
    {
        var match = matches[k];
        var next = k + 1 < matches.Count ? matches[k + 1] : null;
        return previous is not null && previous.Dimension == value.Id && previous.Match.End <= match.Start
                && Listing(text[previous.Match.End..match.Start])
            || next is not null && next.Start >= match.End && next.Entries.Any(e => e.Kind == TermKind.DimensionValue && e.Id == value.Id)
                && Listing(text[match.End..next.Start]);

        static bool Listing(string between) => Connector().IsMatch(between) || SetAgainst().IsMatch(between);
    }

    /// <summary>
    /// A dimension word that names what is left after an exclusion of its own values is no split:
    /// "天猫以外其他渠道的GMV", "all channels except tmall" ask for one total.
    /// </summary>
    private static bool NamesTheRest(string text, IReadOnlyList<TermMatch> matches, int k, string dimension, Value? previous)
    {
        var match = matches[k];
        // "除了天猫其他渠道都不要": the rest is named to be dropped, the value kept alone.
        if (previous is { Excluded: true } or { KeptOnly: true } && previous.Dimension == dimension && ExclusionMarkers.IsRest(text[previous.Match.End..match.Start]))
            return true;
        if (k + 1 >= matches.Count) return false;
        var next = matches[k + 1];
        return next.Entries.Any(e => e.Kind == TermKind.DimensionValue && e.Id == dimension)
            && ExclusionMarkers.IsExcludingNext(text[match.End..next.Start]);
    }
}
