using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Definitions a question rules out: "不要财务口径的GMV", "any GMV except the finance one", "不是下单口径".
/// The family and the words that tell its variants apart come from the catalog: a variant is named by
/// its names and synonyms, and by what is left of them without the word the family shares ("财务口径GMV"
/// without "GMV" is 财务口径, "finance GMV" is finance).
/// </summary>
public sealed partial class NegatedVariants
{
    // The tables built from the catalog's families (what each holds is said in VariantFamilies).
    private readonly Dictionary<string, List<string>> qualifiers;
    private readonly Dictionary<string, string> familyOf;
    private readonly Dictionary<string, List<string>> membersOf;
    private readonly HashSet<string> declaredFamilies;
    private readonly Dictionary<string, List<string>> conceptVariants;
    private readonly int maxPhrase;
    private readonly Dictionary<string, HashSet<string>> namedConcepts;
    private readonly Dictionary<string, HashSet<string>> variantConcepts;
    private readonly HashSet<string> familyWords;
    private readonly HashSet<string> subjects;
    private readonly Dictionary<string, List<string>> familyNames;
    private readonly Dictionary<string, List<string>> commonWords;
    private readonly List<(string Word, string Id)> owners;
    private readonly Dictionary<string, string> ownerRefs;
    private readonly HashSet<string> excludedStates;
    private readonly string[] dimensionWords;
    private readonly List<string> departments;
    private readonly int maxLength;
    private readonly ConceptVocabulary vocabulary;
    private readonly SemanticCatalog catalog;
    private readonly Dictionary<string, HashSet<string>> valueWords;
    private readonly int longestValue;

    public NegatedVariants(SemanticCatalog catalog, ConceptVocabulary vocabulary)
    {
        this.vocabulary = vocabulary;
        this.catalog = catalog;
        valueWords = ValueWords(catalog);
        longestValue = valueWords.Count == 0 ? 0 : valueWords.Keys.Max(k => k.Length);
        var families = new VariantFamilies(catalog, vocabulary);
        qualifiers = families.Qualifiers;
        familyOf = families.FamilyOf;
        membersOf = families.MembersOf;
        declaredFamilies = families.DeclaredFamilies;
        conceptVariants = families.ConceptVariants;
        maxPhrase = families.MaxPhrase;
        namedConcepts = families.NamedConceptTable;
        variantConcepts = families.VariantConcepts;
        familyWords = families.FamilyWords;
        subjects = families.Subjects;
        familyNames = families.FamilyNames;
        commonWords = families.CommonWordTable;
        owners = families.Owners;
        ownerRefs = families.OwnerRefs;
        excludedStates = families.ExcludedStates;
        dimensionWords = families.DimensionWords;
        departments = families.Departments;
        maxLength = families.MaxLength;
    }

    /// <summary>The variants the (normalised) question rules out, each with the span of the words that did it.</summary>
    public IReadOnlyList<(string MetricId, TextSpan Span)> Find(string text)
    {
        var found = new List<(string, TextSpan)>();
        if (maxLength == 0) return found;
        foreach (var (at, length) in NegationsIn(text))
        {
            // "without taking off coupons", "不扣券": a negation inside a phrase of the vocabulary is that phrase's, not a ruling out.
            if (PhraseAt(text, at) is { } phrase && phrase.End > at + length) continue;
            var next = SkipFillers(text, at + length);
            // "excluding the finance team's number and the net one", "运营部和财务部的": each definition joined to the first is ruled out too.
            for (var first = true; Reference(text, next) is { } hit; first = false)
            {
                if (found.Any(f => f.Item1 == hit.Id))
                {
                    if (first) break;
                }
                // "excluding the placed-orders version": the words up to the head are the definition's naming.
                var end = DefinitionPhrases.NamingEnd(text, hit.End);
                if (!found.Any(f => f.Item1 == hit.Id)) found.Add((hit.Id, new TextSpan(at, end - at)));
                if (DefinitionPhrases.Joined(text, DefinitionPhrases.SkipHeads(text, end)) is not { } joined) break;
                next = SkipFillers(text, joined);
            }
        }
        Postposed(text, found);
        return found;
    }

    /// <summary>A variant named by its words, its owner or a description at <paramref name="at"/>, and where the naming ends.</summary>
    private (string Id, int End)? Reference(string text, int at)
    {
        if (Longest(text, at, owners: true) is { } hit && !BeforeDimension(text, at + hit.Length)
            && (qualifiers.ContainsKey(text.Substring(at, hit.Length)) || FamilySaid(hit.Id, text)))
            return (hit.Id, at + hit.Length);
        // "not what customers ordered": the subject said, the variant's own words follow.
        if (AfterSubject(text, at) is { } after && Longest(text, after, owners: true) is { } named && !BeforeDimension(text, after + named.Length)
            && (qualifiers.ContainsKey(text.Substring(after, named.Length)) || FamilySaid(named.Id, text)))
            return (named.Id, after + named.Length);
        return Described(text, at);
    }

    /// <summary>Whether the question names the variant's family (any of its members' names): a variant is only told apart when it is asked about.</summary>
    private bool FamilySaid(string id, string text) => familyNames[id].Any(n => text.Contains(n, StringComparison.Ordinal));

    /// <summary>The negation words in the text, whole words for Latin ones, with where they end.</summary>
    private IEnumerable<(int At, int Length)> NegationsIn(string text)
    {
        foreach (var hit in DefinitionPhrases.Occurrences(text, vocabulary.Negations)) yield return hit;
        // "skip the finance number", "撇开电商部的口径": an expression leaving a value out leaves a definition out too.
        foreach (var hit in DefinitionPhrases.Occurrences(text, LeavingOutWords.Default.BeforeWords)) yield return hit;
        // "别把财务部的口径算进去", "set the finance number aside": a frame's opening, when its closing ends the same clause.
        foreach (var (openings, closings) in LeavingOutWords.Default.FrameWords)
            foreach (var (at, length) in DefinitionPhrases.Occurrences(text, openings))
            {
                var clauseEnd = text.IndexOfAny(DefinitionPhrases.ClauseEnds, at) is var e and >= 0 ? e : text.Length;
                if (DefinitionPhrases.Occurrences(text, closings).Any(c => c.At > at + length && c.At < clauseEnd && DefinitionPhrases.EndsClause(text, c.At + c.Length))) yield return (at, length);
            }
        // "也别扣券": 别 alone at a clause's start or after an adverb; not 分别, 区别, 别的 (other), 别人 …
        foreach (var (at, length) in DefinitionPhrases.Occurrences(text, ["别"]))
            if (at + 1 < text.Length && !"的人处家样说".Contains(text[at + 1]) && (at == 0 || " ，,、；;也就都可还但且并千万".Contains(text[at - 1])))
                yield return (at, length);
        foreach (var hit in DefinitionPhrases.Occurrences(text, ["non"])) yield return hit;
    }

    /// <summary>Whether a dimension's name follows (fillers aside): "电商渠道" is a channel, not the e-commerce definition.</summary>
    private bool BeforeDimension(string text, int at)
    {
        while (at < text.Length && (text[at] == ' ' || text[at] == '的')) at++;
        foreach (var word in dimensionWords)
            if (text.AsSpan(at).StartsWith(word, StringComparison.Ordinal) && !(IsLatin(word[^1]) && at + word.Length < text.Length && IsLatin(text[at + word.Length])))
                return true;
        return false;
    }

    /// <summary>The variants the question names by the department that owns them ("电商部的下单GMV"), with where.</summary>
    public IReadOnlyList<(string MetricId, TextSpan Span)> ByOwner(string text)
    {
        var found = new List<(string, TextSpan)>();
        foreach (var (word, id) in owners)
            foreach (var (at, length) in DefinitionPhrases.Occurrences(text, [word])) found.Add((id, new TextSpan(at, length)));
        return found;
    }

    /// <summary>Whether <paramref name="word"/> names a whole family, not one of its definitions ("成交额", "sales"; not "支付GMV").</summary>
    public bool IsFamilyWord(string word) => familyWords.Contains(word);

    /// <summary>Among <paramref name="candidates"/>, the ones a variant's own words name outside <paramref name="outside"/> ("not net GMV, the ordered one").</summary>
    public IReadOnlyList<string> NamedAmong(string text, IReadOnlyCollection<string> candidates, IReadOnlyList<TextSpan> outside)
    {
        var named = new List<string>();
        for (var start = 0; start < text.Length; start++)
        {
            if (outside.Any(o => start >= o.Start && start < o.End) || (start > 0 && IsLatin(text[start]) && IsLatin(text[start - 1]))) continue;
            if (Longest(text, start) is { } hit && candidates.Contains(hit.Id) && !IsFamilyWord(text.Substring(start, hit.Length)) && !outside.Any(o => start < o.End && o.Start < start + hit.Length) && !named.Contains(hit.Id)
                && !BeforeDimension(text, start + hit.Length) && !InEarlierPhrase(text, start, start + hit.Length, hit.Id))
                named.Add(hit.Id);
        }
        return named;
    }

    /// <summary>
    /// Whether a vocabulary phrase starting before <paramref name="start"/> holds the word up to <paramref name="end"/> and says
    /// what the variant <paramref name="id"/> has not: "扣券" of "不扣券" (before coupons) names no coupon-netted definition, the
    /// longer phrase says what the amount is; "下单" of "按下单" (placed) still names the ordered one.
    /// </summary>
    private bool InEarlierPhrase(string text, int start, int end, string id)
    {
        for (var at = Math.Max(0, start - maxPhrase); at < start; at++)
            if ((at == 0 || !IsLatin(text[at]) || !IsLatin(text[at - 1])) && PhraseAt(text, at) is { } phrase && phrase.End >= end
                && variantConcepts.TryGetValue(id, out var own) && !phrase.Said.All(own.Contains)) return true;
        return false;
    }

    // "除了支付口径以外的那两个GMV，都列一下", "all the others, both of them": every variant left is asked for, not one of them.
    [GeneratedRegex(@"都列|都要|都看|都给|都算上|都拿|全都列|全部列|一起列|两个都|都给我|\b(both( of them)?|all of them|each of them|list (them|all|both))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AllOfThem();

    /// <summary>Whether the question asks for every variant left, not a choice among them.</summary>
    public static bool AsksForAll(string text) => AllOfThem().IsMatch(text);

    /// <summary>The published variants of the family left when <paramref name="negated"/> are ruled out, the company standard first.</summary>
    public IReadOnlyList<string> Remaining(IReadOnlyCollection<string> negated)
    {
        var family = negated.Select(id => familyOf.GetValueOrDefault(id)).FirstOrDefault(f => f is not null);
        return family is null ? [] : [.. membersOf[family].Where(id => !negated.Contains(id))];
    }

    /// <summary>
    /// The longest variant's word at <paramref name="start"/>, of the family the question says most plainly: "订单数，不要支付口径的"
    /// rules out paid orders ("支付"), not paid GMV ("支付口径"), since orders are asked. A word of a family not said names its
    /// variant only when no family is said at all ("不是下单口径，上个月多少").
    /// </summary>
    private (string Id, int Length)? Longest(string text, int start, bool owners = false)
    {
        (string Id, int Length, int Said)? best = null;
        // A word's variant whose family is said only in a clause after the ruling out ("I don't need the paid count, just all orders").
        (string Id, int Length)? saidAfter = null;
        for (var length = Math.Min(maxLength, text.Length - start); length >= 2; length--)
        {
            var end = start + length;
            if (IsLatin(text[end - 1]) && end < text.Length && IsLatin(text[end])) continue;
            var word = text.Substring(start, length);
            IEnumerable<string> ids = qualifiers.TryGetValue(word, out var named) ? named : owners && ownerRefs.TryGetValue(word, out var owner) ? [owner] : [];
            // "支付口径" is itself a GMV name: the words that rule a variant out say no family.
            foreach (var id in ids)
            {
                if (Said(id, text, start) is var said && (best is null || said > best.Value.Said)) best = (id, length, said);
                // Said in a later clause: "not the new members" says its own family's word inside what it rules out.
                if (saidAfter is null && text.IndexOfAny(DefinitionPhrases.ClauseEnds, end) is var clause and >= 0 && FamilySaid(id, text[clause..])) saidAfter = (id, length);
            }
        }
        // No family said before the ruling out: the one said after it is the family asked, not a declared one never said.
        // Not when a longer name was ruled out ("不是paid GMV，是order placed那个") or the first one's family is said at all.
        if (best is { Said: 0 } unsaid && saidAfter is { } after && after.Length >= unsaid.Length && !FamilySaid(unsaid.Id, text)
            && !familyNames.Keys.Any(id => Said(id, text, start) > 0)) return after;
        // Only a declared family's word stands for its family unsaid ("下单口径" is GMV's); an implied family must be said.
        if (best is not { } found || found.Said == 0 && (!declaredFamilies.Contains(familyOf[found.Id]) || familyNames.Keys.Any(id => Said(id, text, start) > 0))) return null;
        return (found.Id, found.Length);
    }

    /// <summary>
    /// How plainly the question says the variant's family before <paramref name="before"/>: the length of the longest of its
    /// names there, 0 for none. A name after the words ruling out ("GMV, not the paid one, rather … orders are placed") or itself
    /// ruled out ("not the new members") says no family asked.
    /// </summary>
    private int Said(string id, string text, int before)
    {
        var longest = 0;
        foreach (var name in familyNames[id].Where(n => n.Length > longest))
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && at + name.Length <= before; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
                if (!vocabulary.EndsWithNegation(text[..at]) && !(commonWords.TryGetValue(name, out var longer) && (InLonger(text, at, name.Length, longer) || NegatedShortlyBefore(text, at))))
                {
                    longest = name.Length;
                    break;
                }
        return longest;
    }

    // "order" inside "order value" (GMV's word) says no orders.
    private static bool InLonger(string text, int at, int length, List<string> longer) =>
        longer.Any(l => DefinitionPhrases.Occurrences(text, [l]).Any(o => o.At <= at && at + length <= o.At + o.Length));

    // "not the new members": a family's shared word inside the words ruling a member out says no family asked.
    private bool NegatedShortlyBefore(string text, int at)
    {
        var clause = text.LastIndexOfAny(DefinitionPhrases.ClauseEnds, Math.Max(0, at - 1)) + 1;
        return DefinitionPhrases.Occurrences(text, vocabulary.Negations).Any(n => n.At >= clause && n.At + n.Length <= at && at - (n.At + n.Length) <= NegatedWithin);
    }

    /// <summary>How far after a negation a family's shared word is still inside what it rules out ("not the new members").</summary>
    private const int NegatedWithin = 16;

    /// <summary>Of variants of several families, those of the family the question says most plainly (none said: none).</summary>
    private List<string> OfSaidFamily(IEnumerable<string> ids, string text, int before)
    {
        var said = ids.Distinct().Select(id => (Id: id, Said: Said(id, text, before))).Where(s => s.Said > 0).ToList();
        // "别按付款算的GMV": a declared family said after the words ruling out still counts.
        if (said.Count == 0) said = [.. ids.Distinct().Where(id => declaredFamilies.Contains(familyOf[id]) && FamilySaid(id, text)).Select(id => (Id: id, Said: 1))];
        if (said.Count == 0) return [];
        var best = said.Max(s => s.Said);
        var family = said.First(s => s.Said == best).Id is var first ? familyOf[first] : null;
        return [.. said.Where(s => familyOf[s.Id] == family).Select(s => s.Id)];
    }

    private int SkipFillers(string text, int at)
    {
        for (var moved = true; moved;)
        {
            moved = false;
            while (at < text.Length && (text[at] == ' ' || text[at] == '-')) at++;
            foreach (var filler in vocabulary.Fillers.Concat(CountedBy))
            {
                if (!text.AsSpan(at).StartsWith(filler, StringComparison.Ordinal)) continue;
                var end = at + filler.Length;
                if (IsLatin(filler[^1]) && end < text.Length && IsLatin(text[end])) continue;
                at = end;
                moved = true;
                break;
            }
        }
        return at;
    }

    // "不要按下单算", "not the one based on": how a figure is counted, said between a negation and the definition.
    // "不是看访客的", "not what e-commerce reports", "ignore the numbers from finance": how a definition is pointed at, too.
    private static readonly string[] CountedBy = ["按照", "按", "照", "以", "看的是", "看", "based on", "counted by", "calculated by", "what", "numbers from", "number from",
        "figures from", "figure from", "version from", "one from", "from"];


    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
