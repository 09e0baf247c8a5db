using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Timing;
using static MetricAssistant.Understanding.MatchRules;

namespace MetricAssistant.Understanding;

/// <summary>
/// The reading of a question before any metric is chosen: text normalisation, conversion-window words, period-end and version
/// words, time, the blocked mask, then the lexicon scan, qualified joins and typo fixes.
/// </summary>
internal sealed class QuestionScanner(SemanticCatalog catalog, CatalogLexicon lexicon, CityShortForms cityShortForms, TermReader terms, QualifiedTerms qualified, ConceptReader concepts,
    PinyinHomophones homophones)
{
    public QuestionScan Read(string question, DateTime now, StageClock? clock)
    {
        // "预约后14天内的购买转化率": a conversion metric's window, never a time range; taken out so the metric's name is whole.
        // "…, need it for the weekly sync", "周会要用": what the figure is for is no part of the question ("weekly" is no grain);
        // "one row per channel", "单独一行": a layout asks for the split beside it, its "row" / 行 is nothing counted.
        var (conversionWindow, text, windowMeant) = ConversionWindowWords.Read(RowLayoutWords.Blank(AsideWords.Blank(cityShortForms.Read(QuestionText.Of(question)))), catalog, lexicon);
        // "昨天开会老板又问了…，你帮我查一下上个月的订单数": a story told before the ask is background, when the ask names what it wants.
        var ask = BackgroundClauses.Ask(text);
        var said = new List<Notice>();
        if (ask is { Story: true } story && LexiconScanner.Scan(lexicon, text[story.Start..]).Any(m => m.Entries.Any(e => e.Kind is TermKind.Metric or TermKind.AmbiguousMetric)))
        {
            // The story is set aside, never dropped silently: the answer names it.
            said.Add(new TreatedAsBackground(BackgroundClauses.Story(AsTyped(question, text, story.Start), story.Start)));
            (text, ask) = (BackgroundClauses.Blank(text, story.Start), null);
        }
        // "上个月京冬的订单数": names typed by sound, listed (会圆) or heard in the catalog's own names (京冬 → 京东), are read as meant and said.
        said.AddRange(QuestionText.SoundReadings(question).Where(r => text.Contains(r.Meaning, StringComparison.Ordinal)).Select(r => new ReadAsSoundingName(r.Typed, r.Meaning)));
        (text, var sounded) = homophones.Read(text);
        said.AddRange(sounded.Select(r => new ReadAsSoundingName(r.Typed, r.Meant)));
        // "上个月下询的访客": the time reader's own words typed by sound (下询 → 下旬), read and said the same way.
        (text, var timeSounded) = TimeWordSounds.Read(text, lexicon);
        said.AddRange(timeSounded.Select(r => new ReadAsSoundingName(r.Typed, r.Meant)));
        var language = LanguageDetector.Of(text);
        // "上个月末": the end word is read on its own, the period by the time reader as usual.
        var periodEnd = PeriodEndWords.Find(text);
        // "按v2口径", "GMV (version 2)": a version's digits are never a time, a top N or part of a term.
        var versionWords = VersionPinWords.Find(text);
        var timeText = VersionPinWords.Blank(PeriodEndWords.Blank(text, periodEnd), versionWords);
        // "上周出差刚回来，你帮我拉一下今年3月的退款": a time said before the ask, when the ask says its own, is the story's.
        if (ask is { } asked && terms.ReadTime(timeText[asked.Start..], now).Timing.Mentions.Count > 0) timeText = BackgroundClauses.Blank(timeText, asked.Start);
        var (timing, timeTerms) = terms.ReadTime(timeText, now);
        periodEnd = terms.InMetricNames(text, periodEnd, timing, versionWords);
        // "上个月一共进账多少" is the month's sum; "现在一共", "上个月底一共多少会员", "截至6月一共" a running total at a point.
        var periodAsked = timing.Range is not null && periodEnd.Count == 0;
        var blocked = new bool[text.Length];
        // "月初至今的GMV" is a metric's own name: its time words still give the period, and are left to the name.
        foreach (var mention in timing.Mentions.Where(t => !timeTerms.Any(m => IsMetric(m) && m.Start <= t.Start && t.Start + t.Length <= m.End && m.Length > t.Length)))
            Array.Fill(blocked, true, mention.Start, Math.Min(mention.Length, text.Length - mention.Start));
        foreach (var word in periodEnd) Array.Fill(blocked, true, word.Start, word.Length);
        foreach (var word in versionWords) Array.Fill(blocked, true, word.Start, word.Length);
        clock?.Enter(UnderstandingStage.Terms);

        // "the company-standard definition": "standard" qualifies the definition; it is no store type.
        // "…, not paid GMV": a ruling-out word starting a glossary term gives way to the longer name it rules out.
        var lexical = StandardDefinitionWords.Without(text, RuledOutNameStarts.Scan(lexicon, text, TermReader.WithoutDataWord(text, blocked), concepts.Vocabulary));
        var scanned = terms.WithoutWordStarts(text, lexical, blocked, concepts);
        // "came into our stores": the place the described word took is kept aside, for a place joined to it ("… or online").
        var held = lexical.Except(scanned).Where(m => m.Length > 1 && m.Entries.Any(e => e.Kind == TermKind.DimensionValue) && !IsMetric(m)).ToList();
        var joined = qualified.Join(text, scanned, blocked);
        clock?.Enter(UnderstandingStage.Typos);
        var matches = terms.FixTypos(text, joined, blocked, concepts);
        // "unpaid orders included": rows no metric counts, counted in, are a state read by the concept reader, not the measure asked.
        matches = CountedInUnsupported.Without(text, matches, concepts.Vocabulary);
        return new QuestionScan(text, language, conversionWindow, windowMeant, periodEnd, versionWords, timing, periodAsked, blocked, scanned, matches) { Held = held, Said = [.. said.Distinct()] };
    }

    // The asker's own words up to the ask (their case and punctuation), when reading changed nothing but those; else as read.
    private static string AsTyped(string question, string text, int askStart) =>
        question.Length >= askStart && TextNormalizer.Normalize(question[..askStart]).Trim() == text[..askStart].Trim() ? question : text;
}
