using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding;

/// <summary>
/// The question's catalog terms and times for <see cref="QuestionUnderstanding"/>: a time reading that never takes
/// the start of a catalog term, end words inside metric names, one-character terms that only start a longer word,
/// metric names typed with a wrong character, and the dimension words and values left over.
/// </summary>
internal sealed class TermReader(CatalogLexicon lexicon, ITimeResolver time, ReaderTables tables, ChineseDimensionTypos dimensionTypos)
{
    private readonly ChineseTypoMatcher typos = tables.ChineseTypos;
    private readonly EnglishTypoMatcher englishTypos = tables.EnglishTypos;
    private readonly ValueTypoMatcher valueTypos = tables.ValueTypos;

    /// <summary>
    /// The time reading, never taking the first characters of a catalog term: "这礼拜天猫" is 这礼拜 and 天猫
    /// (Tmall), not Sunday. The shorter reading is kept only when it still reads a time.
    /// </summary>
    /// <returns>The reading, and the catalog terms of the whole text when it had to look (a question with time or comparison words).</returns>
    public (TimeResolution Timing, IReadOnlyList<TermMatch> Terms) ReadTime(string text, DateTime now)
    {
        var timing = time.Resolve(text, now);
        if (timing.Mentions.Count == 0 && timing.ImpliedComparison is null) return (timing, []);
        var terms = LexiconScanner.Scan(lexicon, text);
        if (timing.Mentions.Count == 0)
        {
            // No period, only a comparison word ("GMV同比增速"): one inside a metric's name is the name's.
            var names = text.ToCharArray();
            foreach (var m in terms.Where(MatchRules.IsMetric)) Array.Fill(names, ' ', m.Start, m.Length);
            return (time.Resolve(new string(names), now), terms);
        }
        var cut = terms
            .Where(m => timing.Mentions.Any(t => m.Start > t.Start && m.Start < t.Start + t.Length && m.End > t.Start + t.Length
                // "GMV同比增速" is a metric's name, not GMV and a year-on-year comparison.
                || MatchRules.IsMetric(m) && m.Start <= t.Start && t.Start + t.Length <= m.End && m.Length > t.Length)).ToList();
        if (cut.Count == 0) return (timing, terms);
        var chars = text.ToCharArray();
        foreach (var m in cut) Array.Fill(chars, ' ', m.Start, m.Length);
        var shorter = time.Resolve(new string(chars), now);
        return (shorter.Range is not null ? shorter : timing, terms);
    }

    /// <summary>
    /// An end word inside a metric's own name ("期末在岗人数", "月末在岗人数" of headcount_end) is part of that name: the
    /// metric is the period-end one already, so the word is left to the catalog terms.
    /// </summary>
    public IReadOnlyList<PeriodEndWords.Mention> InMetricNames(string text, IReadOnlyList<PeriodEndWords.Mention> words, TimeResolution timing, IReadOnlyList<VersionPinWords.Mention> versionWords)
    {
        if (words.Count == 0) return words;
        var taken = new bool[text.Length];
        foreach (var mention in timing.Mentions) Array.Fill(taken, true, mention.Start, Math.Min(mention.Length, text.Length - mention.Start));
        foreach (var word in versionWords) Array.Fill(taken, true, word.Start, word.Length);
        var names = LexiconScanner.Scan(lexicon, text, taken).Where(MatchRules.IsMetric).ToArray();
        return names.Length == 0 ? words : words.Where(w => !names.Any(n => n.Start <= w.Start && w.Start + w.Length <= n.End)).ToArray();
    }

    /// <summary>
    /// A one-character term that only starts a longer word of the concept vocabulary is that word's: 店 of 店员
    /// (staff) is no store. So is a term that ends a longer word begun before it: 到店 of 约了到店 (an appointment) is no channel.
    /// </summary>
    /// <summary>
    /// The scan's blocked characters with the 数 of 数据 ("data") taken: "会员数据", "员工数据" are a subject's data (its
    /// figures in general), never the count 会员数 / 员工数 followed by a stray 据. No catalog name holds 数据.
    /// </summary>
    public static bool[] WithoutDataWord(string text, bool[] blocked)
    {
        var result = (bool[])blocked.Clone();
        for (var i = text.IndexOf("数据", StringComparison.Ordinal); i >= 0; i = text.IndexOf("数据", i + 2, StringComparison.Ordinal))
            result[i] = true;
        return result;
    }

    public IReadOnlyList<TermMatch> WithoutWordStarts(string text, IReadOnlyList<TermMatch> scanned, bool[] blocked, ConceptReader concepts)
    {
        if (!scanned.Any(m => !MatchRules.IsMetric(m))) return scanned;
        var words = concepts.Read(text, blocked).Mentions;
        return [.. scanned.Where(m => MatchRules.IsMetric(m)
            || !(m.Length == 1 && words.Any(w => w.Span.Start == m.Start && w.Span.Length > 1)
                || words.Any(w => w.Span.Start < m.Start && m.End <= w.Span.End)))];
    }

    /// <summary>Metric names typed with a wrong character: extend a partial match, or find one when none matched.</summary>
    /// <param name="concepts">The concept reader: a word it knows as typed ("客人": customers) is no name typed wrong (客户).</param>
    public IReadOnlyList<TermMatch> FixTypos(string text, IReadOnlyList<TermMatch> matches, bool[] blocked, ConceptReader? concepts = null)
    {
        var taken = (bool[])blocked.Clone();
        foreach (var m in matches) Array.Fill(taken, true, m.Start, m.Length);
        // "去年每个月新注册了多少会员": 每 before a calendar unit is the trend's grain, never an amount per something.
        foreach (var unit in GrainDetector.EachUnit(text)) Array.Fill(taken, true, unit.Start, unit.Length);
        var fixedMatches = matches.Select(m => m.Entries.Any(e => e.Kind == TermKind.Metric) ? typos.Extend(text, m, taken) : m).ToList();
        // "itme sales": a mistyped word next to an exact one ("sales") makes a longer name; the longer reading wins.
        for (var k = 0; k < fixedMatches.Count; k++)
        {
            var m = fixedMatches[k];
            if (!m.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric) || !char.IsAsciiLetter(m.Text[0])) continue;
            // It may swallow other metric words whole ("gmv atfer discounts" is one name), never cut through a term.
            var wider = englishTypos.Find(text, blocked, (start, end) => start <= m.Start && end >= m.End && end - start > m.Length
                && !fixedMatches.Any(o => o != m && o.Start < end && o.End > start && !(o.Start >= start && o.End <= end && MatchRules.IsMetric(o))));
            if (wider is null) continue;
            fixedMatches[k] = wider;
            var swallowed = fixedMatches.FindIndex(o => o != wider && o.Start >= wider.Start && o.End <= wider.End);
            for (; swallowed >= 0; swallowed = fixedMatches.FindIndex(o => o != wider && o.Start >= wider.Start && o.End <= wider.End))
            {
                fixedMatches.RemoveAt(swallowed);
                if (swallowed < k) k--;
            }
        }
        if (fixedMatches.Any(m => m.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric))) return fixedMatches;
        if (typos.Find(text, taken) is { } found
            && !(concepts is not null && concepts.Read(text, blocked).Mentions.Any(w => w.Span.Start == found.Start && w.Span.Length == found.Length && w.Concepts.Count > 0)))
        {
            fixedMatches.Add(found);
            fixedMatches.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return fixedMatches;
    }

    /// <summary>The dimension words and values, with English ones typed a letter off ("Tmal", "by chanel") and Chinese dimension names a homophone off after a split word ("按渠到") in the words left over.</summary>
    public List<TermMatch> SliceTerms(string text, IReadOnlyList<TermMatch> matches, TermMatch? fuzzyMetric, bool[] blocked)
    {
        var taken = (bool[])blocked.Clone();
        foreach (var m in matches.Append(fuzzyMetric).OfType<TermMatch>()) Array.Fill(taken, true, m.Start, m.Length);
        var slices = matches.Where(m => m.Entries.All(e => e.Kind is not TermKind.Metric and not TermKind.AmbiguousMetric)).Concat(valueTypos.Find(text, taken))
            .Concat(dimensionTypos.Find(text, taken)).ToList();
        slices.Sort((a, b) => a.Start.CompareTo(b.Start));
        return slices;
    }

    /// <summary>The concepts the question describes, outside its times and catalog terms (a "per" before a dimension word is a split).</summary>
    /// <remarks>An end word (月末, "at the end of"; not "as of", which of a flow only means "up to") says the period's end is asked: a period-end snapshot's concept.</remarks>
    public static ConceptReading ReadConcepts(ConceptReader concepts, string text, IReadOnlyList<TermMatch> matches, bool[] blocked, bool periodAsked, IReadOnlyList<PeriodEndWords.Mention> periodEnd)
    {
        var taken = (bool[])blocked.Clone();
        foreach (var m in matches) Array.Fill(taken, true, m.Start, m.Length);
        // "去年每个月新注册了多少会员": 每 before a calendar unit is the trend's grain, never an amount per something.
        foreach (var unit in GrainDetector.EachUnit(text)) Array.Fill(taken, true, unit.Start, unit.Length);
        var dimensions = matches.Where(m => m.Entries.Any(e => e.Kind is TermKind.Dimension or TermKind.DimensionValue)).Select(m => m.Start).ToHashSet();
        var named = matches.Where(MatchRules.IsMetric).Select(m => m.End).ToHashSet();
        var names = matches.SelectMany(m => m.Entries.Where(e => e.Kind == TermKind.Metric).Take(1).Select(e => (new TextSpan(m.Start, m.Length), e.Id))).ToList();
        var reading = concepts.Read(text, taken, dimensions, periodAsked, named, names);
        var ends = periodEnd.Where(w => !w.AsOf).Select(w => new ConceptMention(new TextSpan(w.Start, w.Length), w.Text, [MetricSignature.PeriodEnd])).ToArray();
        return ends.Length == 0 ? reading : new ConceptReading([.. reading.Mentions, .. ends]);
    }
}
