using MetricAssistant.Understanding.Coverage;
using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Lexicon;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Values listed to be compared ("华东和华南对比", "华东跟华南比一下", "Tmall vs JD", "compare online and
/// offline") or asked each on its own ("天猫和京东分别多少", "Tmall and JD respectively") ask for one number per value, not their sum: their dimension becomes a split, restricted to
/// them. A list that names every value of its dimension needs no filter ("online vs offline" is the split).
/// </summary>
public static partial class ValueComparison
{
    // A comparison word that is not about periods: "对比", "比一下", "差多少", "vs", "compare", "stack up against"; never "比去年", "同比", "vs last year".
    // It only acts on two or more values of one dimension, so "差多少" alone changes nothing.
    // "比一下 上个月GMV" compares values of last month; "对比上个月" is a period comparison, left to ComparisonDetector.
    [GeneratedRegex(@"(?:(?<!(去年|同期|上月|上个月|上周|上季度|上季|上期|前年|同比|环比)\s*)((对比|比较|相比|差距|差异|区别|(?<![a-z0-9])pk(?![a-z0-9])|(?<![a-z0-9])vs\.?|(?<![a-z0-9])versus(?![a-z0-9])|(?<![a-z0-9])compar(e|ed|es|ing|ison)(?![a-z0-9])|(?<![a-z0-9])stack(s|ed|ing)? up( against| to| with)?|(?<![a-z0-9])measure(s|d)? up( against| to)?|(?<![a-z0-9])fare(s|d)? against|(?<![a-z0-9])against(?![a-z0-9]))"
        + @"(?!\s*(to|with|against)?\s*(the\s+)?(same (period|month|quarter|week)\s+)?(of\s+)?(last|previous|prior|a year ago)(?![a-z0-9])|\s*(去年|上月|上个月|上周|上季度|上期|同期|前年))"
        // "华东跟华南比", "天猫和京东比谁多": the bare 比 closing a joined pair (not 和去年比, a period, nor 比例).
        + @"|(?<=(跟|和|与|同)[^，,。？?！!；;\s]{1,8}?)(?<!(去年|同期|上月|上个月|上周|上季度|上季|上期|前年|昨天|前天|月|周|季度|年|日|天|同|环|占|对)\s*)比(?!例|率|重|值|上|去|前|较|起|一|比)"
        // "华东对上华南", "天猫比起京东": set against each other (not 对上个月, a period); Cantonese 较下 is 比一下.
        + @"|对上(?!\s*(个|一个|月|周|季|年|次|期|上))|比起(?!\s*(去年|上月|上个月|上周|上季度|上期|前年|昨天))|比一下|比一比|比比看|比比|(?<!比)较下(?![降滑跌半旬午来面去个一月周季年])|(?<![a-z0-9])difference between(?![a-z0-9])|(?<![a-z0-9])(gaps?|spread|differences?)(\s+(in|on|of)(\s+[a-z0-9-]+){1,3}?)?\s+(between|separating)(?![a-z0-9])|(?<![a-z0-9])(how )?far apart(?![a-z0-9])|(?<![a-z0-9])which (one )?(is|was) (higher|bigger|better)(?![a-z0-9]))"
        // "华北比华中高多少", "how much higher was North than Central": the gap between two listed values is one number each.
        + @"|(高|低|多|少)(出|了)?(多少|几)|(?<![a-z0-9])(higher|lower|bigger|smaller|more|less|better|worse)(\s+[a-z0-9-]+){0,6}?\s+than(?![a-z0-9])"
        // "gap between Tmall and JD", "how far apart were North and South", "天猫跟京东相差几个点", "两边差了几单": the gap is one number each.
        + @"|差多少|差了多少|相差多少|相差|差了?几|差别|(哪个|哪边|谁)[^，,。？?]{0,10}?更(高|多|好|大)|(哪个|哪边|谁)(的)?[^，,。？?]{0,4}?(高|低|多|少|好|差|大|小|强|弱)"
        // "华北和华中哪个区的预约数多一些": the dimension word and the metric between "which" and the comparative.
        + @"|(哪个|哪边|哪家|哪一个|谁)[^，,。？?]{0,10}?(高|低|多(?!少)|少|好|差|大|小|强|弱)(一些|一点|些)?"
        // "How many paid orders did JD and Tmall each do", "which was higher": one number per value.
        + @"|(?<![a-z0-9])each(?![a-z0-9])|(?<![a-z0-9])which (one )?(is|was|has|had|did|does) (the )?(higher|lower|bigger|smaller|better|worse|more|less)(?![a-z0-9])"
        // "Tmall or JD, which got more orders", "which one pulled in less": any verb before the comparative.
        + @"|(?<![a-z0-9])which (one |of (them|the two) )?([a-z]+ ){1,2}?(more|less|fewer|higher|lower|bigger|smaller|better|worse)(?![a-z0-9])"
        // "Which of the two, Chengdu or Chongqing, had more orders": the values listed between "which of the two" and the
        // comparative; both ends are read.
        + @"|(?<![a-z0-9])which (one )?of (the|these|those) (two|three|four|2|3|4)(?![a-z0-9])"
        + @"|(?<=(?<![a-z0-9])which(?![a-z0-9])[^?.!;]{1,80}?)(?<![a-z0-9])(had|has|have|did|does|got|gets|brought( in)?|brings( in)?|made|makes|pulled( in)?|sold|sells|was|were|is|are|saw|sees|took( in)?|drove|generated|did) (the )?(more|less|fewer|higher|lower|bigger|smaller|better|worse)(?![a-z0-9])"
        // "天猫和京东的退款率分别多少", "Tmall and JD respectively": one number per value, as a comparison asks.
        // "JD和Tmall各卖了多少件": 各 right after the values, before what each did.
        + @"|各(?=\s*(自|卖|买|有|下|付|花|做|赚|进|来|是|多少|几|占|完成|拿))|分别|各自|分开|单独看|(?<![a-z0-9])respectively(?![a-z0-9])|(?<![a-z0-9])separately(?![a-z0-9])|(?<![a-z0-9])individually(?![a-z0-9])|(?<![a-z0-9])side by side(?![a-z0-9])|(?<![a-z0-9])head to head(?![a-z0-9])|(?<![a-z0-9])head-to-head(?![a-z0-9])|(?<![a-z0-9])against each other(?![a-z0-9])|并排|放一起比)")]
    private static partial Regex Word();

    /// <summary>Whether the question holds a comparison word that is about values rather than periods.</summary>
    public static Match Find(string text) => Word().Match(text);

    public static SliceParser.Slices Apply(string text, IReadOnlyList<TermMatch> matches, SliceParser.Slices slices, CatalogLexicon lexicon)
    {
        // "今年每个月线上和线下的GMV走势": a list naming every value of its dimension asks for each, comparison word or not.
        var every = slices.Filters.Where(f => f.Operator == QueryModel.QueryFilterOperator.In && f.Values.Count >= 2 && f.Values.Count >= lexicon.ValueCount(f.Dimension)).ToList();
        // "门店、天猫、京东、小程序、抖音这五个渠道都列一下": a list naming every value of a dimension already split by it restricts nothing.
        if (every.Any(f => slices.GroupBy.Contains(f.Dimension)))
            slices = slices with { Filters = [.. slices.Filters.Where(f => !(every.Contains(f) && slices.GroupBy.Contains(f.Dimension)))] };
        if (!Find(text).Success && every.Count == 0) return slices;
        var listed = slices.Filters.Where(f => f.Operator == QueryModel.QueryFilterOperator.In && f.Values.Count >= 2 && !slices.GroupBy.Contains(f.Dimension)
            && (every.Contains(f) || Find(text).Success)).ToList();
        if (listed.Count == 0) return slices;

        // The new split takes its place in the question's order among the others.
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in matches)
            foreach (var e in m.Entries.Where(e => e.Kind is TermKind.Dimension or TermKind.DimensionValue))
                positions.TryAdd(e.Id, m.Start);
        var groupBy = slices.GroupBy.Concat(listed.Select(f => f.Dimension))
            .Select((d, i) => (d, i))
            .OrderBy(p => positions.GetValueOrDefault(p.d, int.MaxValue)).ThenBy(p => p.i)
            .Select(p => p.d).ToArray();
        var filters = slices.Filters.Where(f => !listed.Contains(f) || f.Values.Count < lexicon.ValueCount(f.Dimension)).ToArray();
        return new SliceParser.Slices(groupBy, filters);
    }

    /// <summary>Every comparison-of-values word, for the coverage check.</summary>
    public static IEnumerable<ConsumedSpan> Spans(string text) =>
        Word().Matches(text).Select(m => new ConsumedSpan(m.Index, m.Length, SpanKind.Comparison));
}
