using System.Text.Json;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The one data file of concept words (concepts.json, embedded): the phrases people use for what a metric
/// counts, its state and its shape, in Chinese and English, and the words that rule a definition out.
/// Small and general on purpose: a catalog's own identifiers (model and measure names) are read as
/// concepts too (<see cref="ConceptReader"/>), so a new catalog needs no entry here.
/// </summary>
public sealed class ConceptVocabulary
{
    /// <summary>The concepts of a metric's shape (<see cref="Catalog.Model.SignatureShape"/>), which weigh more than the others.</summary>
    public const string Ratio = "ratio", Per = "per", Average = "average", Cumulative = "cumulative", Rolling = "rolling", ToDate = "to_date", Count = "count", People = "people";

    /// <summary>"一共", "in total": a running total when no period is named, else only the period's sum (<see cref="ConceptReader"/>).</summary>
    public const string Total = "total";

    /// <summary>"业绩怎么样", "how are we tracking": performance in general, which no one metric is.</summary>
    public const string Performance = "performance";

    /// <summary>The concept of an amount of money, the quantity a "how much" question most often asks for.</summary>
    public const string Money = "money";

    /// <summary>"多少次", "how many times": a count of events, not of the people who did them.</summary>
    public const string Times = "times";

    /// <summary>The concept of units (pieces) counted by a sum of quantities: "多少件", "how many units".</summary>
    public const string Quantity = "quantity";

    private static readonly Lazy<ConceptVocabulary> Embedded = new(Load);

    private ConceptVocabulary(IReadOnlyDictionary<string, string[]> phrases, IReadOnlyDictionary<string, string[]> broader, IReadOnlyList<string> negations, IReadOnlyList<string> fillers,
        IReadOnlyList<string> excludedBefore, IReadOnlyList<string> excludedAfter, IReadOnlyList<string> negatedBefore, IReadOnlySet<string> unmarked, IReadOnlySet<string> perPerson, IReadOnlySet<string> ownMeasures,
        IReadOnlyDictionary<string, string[]> holds, IReadOnlySet<string> events, IReadOnlyList<string> timeWords, IReadOnlyList<string> heads, IReadOnlySet<string> quotients, FormulaSigns formula)
    {
        Quotients = quotients;
        Formula = formula;
        Events = events;
        Holds = holds;
        TimeWords = timeWords;
        Heads = heads;
        PerPerson = perPerson;
        OwnMeasures = ownMeasures;
        NegatedBefore = negatedBefore;
        Unmarked = unmarked;
        ExcludedBefore = excludedBefore;
        ExcludedAfter = excludedAfter;
        Phrases = phrases;
        Broader = broader;
        Negations = negations;
        Fillers = fillers;
        Names = phrases.Values.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
    }

    public static ConceptVocabulary Default => Embedded.Value;

    /// <summary>Normalised phrase → the concepts it carries.</summary>
    public IReadOnlyDictionary<string, string[]> Phrases { get; }

    /// <summary>Every concept name the file knows: what a question can say, hence what a signature can miss.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>The concepts of how a number is formed rather than what it counts.</summary>
    public static readonly IReadOnlySet<string> Shapes = new HashSet<string>(StringComparer.Ordinal) { Ratio, Per, Average, Cumulative, Rolling, ToDate, Count };

    /// <summary>
    /// Whether the concepts say nothing more specific than a general word ("how many people"): such a
    /// question fits several metrics alike and is asked back, however one of them scores.
    /// </summary>
    public bool OnlyGeneral(IReadOnlySet<string> concepts)
    {
        var general = Broader.Values.SelectMany(g => g);
        var subjects = concepts.Where(c => !Shapes.Contains(c)).ToList();
        return subjects.Count > 0 && subjects.All(general.Contains);
    }

    /// <summary>Concept → the more general concepts it is a kind of (customer → people).</summary>
    public IReadOnlyDictionary<string, string[]> Broader { get; }

    /// <summary>Whether a concept is a word for people: people itself, or one whose broader concept is people (customers, staff).</summary>
    public bool IsPeople(string concept) =>
        concept == People || Broader.TryGetValue(concept, out var general) && general.Contains(People);

    /// <summary>The plain readings (before discounts): a question that leaves them unsaid still means them.</summary>
    public IReadOnlySet<string> Unmarked { get; }

    /// <summary>The people a bare 每人 / "per person" means (customers, members), not those said when meant (visitors, staff).</summary>
    public IReadOnlySet<string> PerPerson { get; }

    /// <summary>
    /// The concepts that name a measure of their own (repeat purchases, operating expenses): said, they change the figure
    /// asked, so a catalog none of whose metrics has one lacks what is asked (<see cref="UngovernedMeasure"/>).
    /// </summary>
    public IReadOnlySet<string> OwnMeasures { get; }

    /// <summary>Concept → what its event is of (a booking is of a visit): said right after it, that is the same event.</summary>
    public IReadOnlyDictionary<string, string[]> Holds { get; }

    /// <summary>
    /// Normalised phrases of a held concept that name its event, not its people ("the visit", 到店; not "visitors"): said
    /// anywhere after a word that holds it ("of the bookings …, how often did the visit end in a purchase"), the held event.
    /// </summary>
    public IReadOnlySet<string> Events { get; }

    /// <summary>Normalised words that rule out what follows ("不要", "except").</summary>
    public IReadOnlyList<string> Negations { get; }

    /// <summary>Normalised words that take the phrase after them out of the question ("leaving out", "不管").</summary>
    public IReadOnlyList<string> ExcludedBefore { get; }

    /// <summary>Normalised words that say the state after them did not happen ("没取消的", "weren't paid").</summary>
    public IReadOnlyList<string> NegatedBefore { get; }

    /// <summary>
    /// Normalised phrases that hold a measure's word but name a time ("最近几天", "多久以前", "how long ago"): read, adding no
    /// concept, so a duration is never asked by a period's words.
    /// </summary>
    public IReadOnlyList<string> TimeWords { get; }

    /// <summary>Normalised head words of a measure ("率", "costs"): what words right before one say it is of (<see cref="UnreadQualifier"/>).</summary>
    public IReadOnlyList<string> Heads { get; }

    /// <summary>Normalised ratio words that say which side divides ("divided by", 除以): money over a count is an amount per each.</summary>
    public IReadOnlySet<string> Quotients { get; }

    /// <summary>The signs of a written formula and the words of a rate over a round number (<see cref="FormulaWords"/>).</summary>
    public FormulaSigns Formula { get; }

    /// <summary>Normalised words that take the phrase before them out of the question ("不算", "or not").</summary>
    public IReadOnlyList<string> ExcludedAfter { get; }

    /// <summary>
    /// Normalised words that count the state after them in ("including", "连", "even ones"): taken out of the question as an
    /// excluded word's phrase is, and a metric whose filters leave that state out is not the reading (<see cref="IncludedStates"/>).
    /// </summary>
    public IReadOnlyList<string> IncludedBefore { get; private init; } = [];

    /// <summary>The same said after the state ("取消的也算", "没付款的也要算进去", "cancelled ones too").</summary>
    public IReadOnlyList<string> IncludedAfter { get; private init; } = [];

    /// <summary>Normalised words of an amount going up ("涨了", "went up"): a change asked, or the new ones of people who join.</summary>
    public IReadOnlyList<string> MovementsUp { get; private init; } = [];

    /// <summary>Normalised words of an amount going down ("少了", "dropped"): a change asked.</summary>
    public IReadOnlyList<string> MovementsDown { get; private init; } = [];

    /// <summary>Phrases of a state that say themselves it did not happen ("unpaid", "unrefunded"): read as that state negated.</summary>
    public IReadOnlySet<string> NegatedWords { get; private init; } = new HashSet<string>();

    /// <summary>Words that, right after what is counted, say the state after them did not happen ("appointments not cancelled").</summary>
    public IReadOnlyList<string> NegatedAfterRows { get; private init; } = [];

    /// <summary>Words a state typed as a fragment may carry (已支付, 未取消): no words of their own between rows and a quantity word.</summary>
    public IReadOnlyList<string> StatePrefixes { get; private init; } = [];

    /// <summary>Words that point back at rows just named ("取消了的那些不算", 嗰啲): between a state and the word leaving it out they say nothing.</summary>
    public IReadOnlyList<string> RowPointers { get; private init; } = [];

    /// <summary>The words that say whom money went to ("back to", 给): people right after them received it (<see cref="Recipients"/>).</summary>
    public IReadOnlyList<string> RecipientsBefore { get; private init; } = [];

    /// <summary>Normalised words that may stand between a negation and what it rules out ("的", "the").</summary>
    public IReadOnlyList<string> Fillers { get; }

    /// <summary>
    /// Whether <paramref name="textBefore"/> (normalised) ends with a negation, fillers aside ("不是的", "rather than the"): the term
    /// after it is named as the one not wanted. The same list rules variants out in a whole question (<see cref="NegatedVariants"/>).
    /// </summary>
    public bool EndsWithNegation(string textBefore)
    {
        var end = Trim(textBefore, textBefore.Length);
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var filler in Fillers)
                if (EndsWithWord(textBefore, end, filler)) { end = Trim(textBefore, end - filler.Length); stripped = true; break; }
        }
        return Negations.Any(n => EndsWithWord(textBefore, end, n));

        static int Trim(string text, int end)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
            return end;
        }
    }

    // A Latin word ends the text only whole ("not", never the end of "knot").
    private static bool EndsWithWord(string text, int end, string word) =>
        end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0
        && (!IsLatin(word[0]) || end == word.Length || !IsLatin(text[end - word.Length - 1]));

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>The concept an identifier word of the catalog stands for: "pay" is paid, "amount" money; otherwise the word itself.</summary>
    public string ConceptOf(string word) =>
        Names.Contains(word) ? word
        : Phrases.TryGetValue(word, out var concepts) && concepts.Length == 1 ? concepts[0]
        : word;

    private static ConceptVocabulary Load()
    {
        using var stream = typeof(ConceptVocabulary).Assembly.GetManifestResourceStream("MetricAssistant.Understanding.Concepts.concepts.json")
            ?? throw new InvalidOperationException("concepts.json is not embedded in MetricAssistant.Understanding");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var phrases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var broader = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var unmarked = new HashSet<string>(StringComparer.Ordinal);
        var perPerson = new HashSet<string>(StringComparer.Ordinal);
        var ownMeasures = new HashSet<string>(StringComparer.Ordinal);
        var holds = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var events = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in root.GetProperty("concepts").EnumerateObject())
        {
            if (concept.Value.TryGetProperty("unmarked", out var plain) && plain.ValueKind == JsonValueKind.True) unmarked.Add(concept.Name);
            if (concept.Value.TryGetProperty("perPerson", out var person) && person.ValueKind == JsonValueKind.True) perPerson.Add(concept.Name);
            if (concept.Value.TryGetProperty("measure", out var measure) && measure.ValueKind == JsonValueKind.True) ownMeasures.Add(concept.Name);
            if (concept.Value.TryGetProperty("holds", out var held))
                holds[concept.Name] = held.EnumerateArray().Select(g => g.GetString() ?? "").Where(g => g.Length > 0).ToArray();
            if (concept.Value.TryGetProperty("events", out var happened))
                events.UnionWith(happened.EnumerateArray().Select(g => TextNormalizer.Normalize(g.GetString() ?? "")).Where(g => g.Length > 0));
            if (concept.Value.TryGetProperty("broader", out var general))
                broader[concept.Name] = general.EnumerateArray().Select(g => g.GetString() ?? "").Where(g => g.Length > 0).ToArray();
            foreach (var phrase in Both(concept.Value))
            {
                if (!phrases.TryGetValue(phrase, out var list)) phrases[phrase] = list = [];
                if (!list.Contains(concept.Name)) list.Add(concept.Name);
            }
        }
        Expand(phrases);
        return new ConceptVocabulary(
            phrases.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            broader,
            Both(root.GetProperty("negation")).ToArray(),
            Both(root.GetProperty("fillers")).ToArray(),
            Both(root.GetProperty("excludedBefore")).ToArray(),
            Both(root.GetProperty("excludedAfter")).ToArray(),
            Both(root.GetProperty("negatedBefore")).ToArray(),
            unmarked,
            perPerson,
            ownMeasures,
            holds,
            events,
            Both(root.GetProperty("timeWords")).ToArray(),
            Both(root.GetProperty("heads")).ToArray(),
            Both(root.GetProperty("quotients")).ToHashSet(StringComparer.Ordinal),
            new FormulaSigns(Longest(root.GetProperty("betweenQuotients")), Longest(root.GetProperty("betweenDifferences")), Longest(root.GetProperty("rateBases")),
                Longest(root.GetProperty("moneyUnits")), Longest(root.GetProperty("countUnits"))))
        {
            IncludedBefore = Both(root.GetProperty("includedBefore")).ToArray(),
            IncludedAfter = Both(root.GetProperty("includedAfter")).ToArray(),
            MovementsUp = Both(root.GetProperty("movementsUp")).ToArray(),
            MovementsDown = Both(root.GetProperty("movementsDown")).ToArray(),
            NegatedWords = Both(root.GetProperty("negatedWords")).ToHashSet(StringComparer.Ordinal),
            RecipientsBefore = [.. Both(root.GetProperty("recipientsBefore")).OrderByDescending(w => w.Length)],
            NegatedAfterRows = [.. Both(root.GetProperty("negatedAfterRows")).OrderByDescending(w => w.Length)],
            StatePrefixes = [.. Both(root.GetProperty("statePrefixes")).OrderByDescending(w => w.Length)],
            RowPointers = [.. Both(root.GetProperty("rowPointers")).OrderByDescending(w => w.Length)],
        };

        // Longest first, so that "out of every" is read before "every" and 块钱 before 块.
        static string[] Longest(JsonElement element) => [.. Both(element).OrderByDescending(w => w.Length)];
    }

    /// <summary>
    /// Phrases with a slot ("how much did {customer} pay") stand for one phrase per phrase of the slot's concept in the
    /// same script ("how much did shoppers pay"), carrying that concept too: who pays is said in as many ways as people
    /// are named, and the phrase asking for money holds it.
    /// </summary>
    private static void Expand(Dictionary<string, List<string>> phrases)
    {
        var templates = phrases.Keys.Where(k => k.Contains('{', StringComparison.Ordinal)).ToList();
        // Slots are filled from the phrases as written, never from a phrase another template made.
        var written = phrases.Where(p => !p.Key.Contains('{', StringComparison.Ordinal)).Select(p => (p.Key, Concepts: p.Value.ToArray())).ToList();
        foreach (var template in templates)
        {
            var open = template.IndexOf('{', StringComparison.Ordinal);
            var close = template.IndexOf('}', open);
            var slot = template[(open + 1)..close];
            var latin = template.All(char.IsAscii);
            var concepts = phrases[template];
            phrases.Remove(template);
            var fillers = written.Where(p => p.Concepts.Contains(slot) && p.Key.All(char.IsAscii) == latin).Select(p => p.Key);
            foreach (var filler in fillers)
            {
                var phrase = string.Concat(template.AsSpan(0, open), filler, template.AsSpan(close + 1));
                if (!phrases.TryGetValue(phrase, out var list)) phrases[phrase] = list = [];
                foreach (var concept in concepts.Append(slot)) if (!list.Contains(concept)) list.Add(concept);
            }
        }
    }

    private static IEnumerable<string> Both(JsonElement element) =>
        new[] { "zh", "en" }.SelectMany(lang => element.GetProperty(lang).EnumerateArray())
            .Select(p => TextNormalizer.Normalize(p.GetString() ?? "")).Where(p => p.Length > 0).Distinct();
}
