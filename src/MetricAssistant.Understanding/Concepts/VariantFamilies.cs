using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// The catalog's definition families as <see cref="NegatedVariants"/> reads them, built once: the family and the words that
/// tell its variants apart come from the catalog: a variant is named by its names and synonyms, and by what is left of them
/// without the word the family shares ("财务口径GMV" without "GMV" is 财务口径, "finance GMV" is finance).
/// </summary>
internal sealed class VariantFamilies
{
    // A word → the variants it names, one per family that has it ("paid": paid GMV, paid orders); the family the question says decides.
    private readonly Dictionary<string, List<string>> qualifiers = new(StringComparer.Ordinal);
    // Variant → its family's key; family key → its published variants (declared families first, then those names imply).
    private readonly Dictionary<string, string> familyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> membersOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> declaredFamilies = new(StringComparer.Ordinal);
    // Concept → the variants that alone in their family have it ("按付款算的" rules out paid GMV, "扣券的那个" net GMV).
    private readonly Dictionary<string, List<string>> conceptVariants = new(StringComparer.Ordinal);
    private readonly int maxPhrase;
    // Variant → the concepts its own name says ("下单GMV", "placed order value": placed): of two variants counted by order
    // time, "the one counted when orders are placed" is the one named so.
    private readonly Dictionary<string, HashSet<string>> namedConcepts;
    private readonly Dictionary<string, HashSet<string>> variantConcepts = new(StringComparer.Ordinal);
    private readonly HashSet<string> familyWords = new(StringComparer.Ordinal);
    // What metrics count (orders, customers): said in a description, it tells no variant by name.
    private readonly HashSet<string> subjects;
    // Variant → every name of its family: a variant is only described apart when its family is asked about.
    private readonly Dictionary<string, List<string>> familyNames = new(StringComparer.Ordinal);
    // A word an implied family's names share ("members", "order") → the longer names of other metrics that hold it ("order value").
    private readonly Dictionary<string, List<string>> commonWords = new(StringComparer.Ordinal);
    private readonly List<(string Word, string Id)> owners = [];
    // After a negation the owning department alone names its variant too ("不要电商部那套", "non-finance", "not the operations one").
    private readonly Dictionary<string, string> ownerRefs = new(StringComparer.Ordinal);
    // States a variant's fixed filters leave out ("cancelled" of net GMV): "不算取消的" agrees with it and rules nothing out.
    private readonly HashSet<string> excludedStates = new(StringComparer.Ordinal);
    // A dimension's words right after a definition word make it that dimension's value: "除了电商渠道" is the channel.
    private readonly string[] dimensionWords;
    // Every department owning a published metric: ruled out, it is read even when it owns no definition asked.
    private readonly List<string> departments;
    private readonly ConceptVocabulary vocabulary;
    private readonly SemanticCatalog catalog;
    private readonly int maxLength;


    public Dictionary<string, List<string>> Qualifiers => qualifiers;
    public Dictionary<string, string> FamilyOf => familyOf;
    public Dictionary<string, List<string>> MembersOf => membersOf;
    public HashSet<string> DeclaredFamilies => declaredFamilies;
    public Dictionary<string, List<string>> ConceptVariants => conceptVariants;
    public int MaxPhrase => maxPhrase;
    public Dictionary<string, HashSet<string>> NamedConceptTable => namedConcepts;
    public Dictionary<string, HashSet<string>> VariantConcepts => variantConcepts;
    public HashSet<string> FamilyWords => familyWords;
    public HashSet<string> Subjects => subjects;
    public Dictionary<string, List<string>> FamilyNames => familyNames;
    public Dictionary<string, List<string>> CommonWordTable => commonWords;
    public List<(string Word, string Id)> Owners => owners;
    public Dictionary<string, string> OwnerRefs => ownerRefs;
    public HashSet<string> ExcludedStates => excludedStates;
    public string[] DimensionWords => dimensionWords;
    public List<string> Departments => departments;
    public int MaxLength => maxLength;

    public VariantFamilies(SemanticCatalog catalog, ConceptVocabulary vocabulary)
    {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        var declared = catalog.Metrics.Values.Where(m => m.Family is not null && m.IsPublished).GroupBy(m => m.Family!)
            .Select(g => (Key: g.Key, Members: g.ToList(), Declared: true));
        // "订单数，不要支付口径的": families the names imply (orders and paid orders) rule out and are left as the declared ones are.
        var implied = NameFamilies.Of(catalog).Select(f => (Key: "~" + f[0].Id, Members: f.ToList(), Declared: false));
        // Every name and glossary word, with what it names, read once: families look words up here, never walk the catalog each.
        var named = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var metric in catalog.Metrics.Values)
            foreach (var name in Names(metric).Select(TextNormalizer.Normalize).Distinct())
                (named.TryGetValue(name, out var ids) ? ids : named[name] = []).Add(metric.Id);
        var glossaryWords = catalog.AmbiguousTerms.SelectMany(a => a.Terms.Select(t => (Term: TextNormalizer.Normalize(t), a.Metrics))).ToList();
        var containing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, members, isDeclared) in declared.Concat(implied))
        {
            if (members.Count < 2) continue;
            if (isDeclared) declaredFamilies.Add(key);
            membersOf[key] = [.. members.OrderByDescending(m => m.Official).ThenBy(m => m.Id, StringComparer.Ordinal).Select(m => m.Id)];
            foreach (var member in members) familyOf[member.Id] = key;
            var words = members.ToDictionary(m => m.Id, m => Names(m).Select(TextNormalizer.Normalize).Where(w => w.Length > 0).Distinct().ToList());
            var excluded = members.ToDictionary(m => m.Id, m => (catalog.Signatures.For(m.Id)?.Excluded ?? []).Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal));
            foreach (var states in excluded.Values) excludedStates.UnionWith(states);
            var concepts = members.ToDictionary(m => m.Id, m => Concepts(catalog, vocabulary, m.Id).Where(c => !excluded[m.Id].Contains(c)).ToHashSet(StringComparer.Ordinal));
            // A glossary word whose every meaning is of this family ("订单金额": paid or ordered GMV) names the family too.
            var glossary = catalog.AmbiguousTerms.Where(a => a.Metrics.All(words.ContainsKey)).SelectMany(a => a.Terms).Select(TextNormalizer.Normalize);
            // "members" of "new members" and "total members": the word every member's names share names the family ("member count").
            var common = isDeclared ? [] : CommonWords(words, named, glossaryWords);
            foreach (var word in common.SelectMany(w => new[] { w, w.TrimEnd('s') }))
            {
                // The longer names holding the word (read once per word), of metrics outside the family, and glossary words.
                if (!containing.TryGetValue(word, out var longer))
                    containing[word] = longer = [.. named.Keys.Where(n => n.Length > word.Length && n.Contains(word, StringComparison.Ordinal))];
                commonWords[word] = [.. longer.Where(n => named[n].Any(id => !words.ContainsKey(id)))
                    .Concat(glossaryWords.Select(g => g.Term).Where(n => n.Length > word.Length && n.Contains(word, StringComparison.Ordinal))).Distinct()];
            }
            var allNames = words.Values.SelectMany(w => w).Where(w => w.Length >= 2).Concat(glossary.Where(w => w.Length >= 2))
                .Concat(common.SelectMany(w => new[] { w, w.TrimEnd('s') })).Distinct().ToList();
            foreach (var member in members) (familyNames[member.Id], variantConcepts[member.Id]) = (allNames, concepts[member.Id]);
            foreach (var (id, own) in concepts)
                foreach (var concept in own.Where(c => concepts.Count(o => o.Value.Contains(c)) == 1))
                {
                    if (!conceptVariants.TryGetValue(concept, out var ids)) conceptVariants[concept] = ids = [];
                    ids.Add(id);
                }
            // "电商部的GMV", "the finance team's GMV": the department that owns a variant names it, when it owns only that one.
            // (Owners name declared variants only: an implied family's owner is no definition people name.)
            foreach (var owned in members.GroupBy(m => m.Owner.Zh).Where(g => g.Count() == 1 && isDeclared).Select(g => g.Single()))
            {
                foreach (var word in OwnerWords(owned).Select(TextNormalizer.Normalize).Where(w => w.Length >= 2).Distinct())
                    owners.Add((word, owned.Id));
                foreach (var word in OwnerStems(owned).Select(TextNormalizer.Normalize).Where(w => w.Length >= 2).Distinct())
                    ownerRefs.TryAdd(word, owned.Id);
            }
            var shared = words.Values.SelectMany(w => w).GroupBy(w => w).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            // The family's own word inside its variants' names ("gmv" of "net gmv", "下单gmv", "gmv"): what is left of a name
            // without it ("net", "下单") tells that variant apart.
            var all = words.Values.SelectMany(w => w).Distinct().ToList();
            shared.UnionWith(all.Where(n => n.Length >= 2 && words.Count(v => v.Value.Any(w => w.Contains(n, StringComparison.Ordinal))) >= 2));
            shared.UnionWith(common);
            // "成交额", "sales": the standard's names that neither hold the family's word nor say a 口径 are the family's own words.
            foreach (var standard in members.Where(m => m.Official && isDeclared))
                familyWords.UnionWith(words[standard.Id].Where(n => !shared.Any(w => n.Contains(w, StringComparison.Ordinal)) && !n.EndsWith("口径", StringComparison.Ordinal)
                    && n != TextNormalizer.Normalize(standard.Name.Zh) && n != TextNormalizer.Normalize(standard.Name.En)));
            foreach (var (id, names) in words)
            {
                foreach (var name in names.Where(n => !shared.Contains(n)))
                {
                    AddQualifier(name, id);
                    // "财务口径" is also said "财务那个口径", "别按财务算": the word before 口径 names the variant on its own.
                    if (name.EndsWith("口径", StringComparison.Ordinal) && name[..^2] is { Length: >= 2 } stem && !shared.Contains(stem)
                        && !all.Any(n => n.StartsWith(stem, StringComparison.Ordinal) && !words[id].Contains(n)))
                        AddQualifier(stem, id);
                    foreach (var word in shared)
                    {
                        var rest = name.Replace(word, " ", StringComparison.Ordinal).Trim(' ', '-', '的');
                        if (rest.Length >= 2 && rest != name && !shared.Contains(rest)) AddQualifier(rest, id);
                    }
                }
            }
            // "拍下的那个也不要": a Chinese ending the names of several variants share ("金额" of 拍下金额 and 实付金额) leaves the word
            // before it naming its variant, unless that word is the family's own ("成交" of 成交额).
            foreach (var (id, names) in words)
                foreach (var name in names.Where(n => !shared.Contains(n)))
                    foreach (var ending in SharedEndings(name, words.Where(w => w.Key != id).SelectMany(w => w.Value)))
                        if (name[..^ending.Length] is { Length: >= 2 } stem && !shared.Contains(stem) && !familyWords.Any(f => f.Contains(stem, StringComparison.Ordinal))
                            && !words.Where(w => w.Key != id).SelectMany(w => w.Value).Any(other => other.StartsWith(stem, StringComparison.Ordinal)))
                            AddQualifier(stem, id);
        }
        foreach (var (word, id) in owners) ownerRefs.TryAdd(word, id);
        subjects = catalog.Signatures.All.SelectMany(s => s.Subjects).Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal);
        namedConcepts = NamedConcepts();
        dimensionWords = [.. catalog.Dimensions.Values.SelectMany(d => new[] { d.Name.Zh, d.Name.En }.Concat(d.Synonyms)).Select(TextNormalizer.Normalize).Where(w => w.Length >= 2).Distinct()];
        departments = DepartmentWords(catalog);
        maxLength = qualifiers.Count == 0 ? 0 : qualifiers.Keys.Concat(ownerRefs.Keys).Max(k => k.Length);
        maxPhrase = vocabulary.Phrases.Count == 0 ? 0 : vocabulary.Phrases.Keys.Max(k => k.Length);
    }

    /// <summary>
    /// The words of the vocabulary some name of every member holds: "members" of "new members" and "total members", 会员 of 新增会员数
    /// and 累计会员数 (English whole words, Chinese anywhere).
    /// </summary>
    private List<string> CommonWords(Dictionary<string, List<string>> names, Dictionary<string, List<string>> named, List<(string Term, IReadOnlyList<string> Metrics)> glossaryWords)
    {
        // "customers" is also what paying customers are called: a word naming metrics outside the family names no family.
        bool Elsewhere(string word) => named.TryGetValue(word, out var ids) && ids.Any(id => !names.ContainsKey(id))
            || glossaryWords.Any(g => g.Term == word && !g.Metrics.All(names.ContainsKey));
        // What every member counts or sums (members, orders), never how ("rate", "count") nor a state ("purchase").
        var subjects = names.Keys.Select(id => (catalog.Signatures.For(id)?.Subjects ?? []).Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal))
            .Aggregate((left, next) => [.. left.Intersect(next)]);
        var each = names.Values.Select(n => n.SelectMany(Words).Where(w => vocabulary.Phrases.TryGetValue(w, out var said)
            && said.Any(c => subjects.Contains(c) || vocabulary.Broader.TryGetValue(c, out var general) && general.Any(subjects.Contains))
            && !said.Any(ConceptVocabulary.Shapes.Contains) && !Elsewhere(w)).ToHashSet(StringComparer.Ordinal)).ToList();
        return each.Count == 0 ? [] : [.. each.Skip(1).Aggregate(each[0], (left, next) => [.. left.Intersect(next)]).Order(StringComparer.Ordinal)];

        static IEnumerable<string> Words(string name)
        {
            foreach (var word in name.Split([' ', '-', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.All(IsLatin)) { if (word.Length >= 3) yield return word; continue; }
                for (var at = 0; at < word.Length; at++)
                    for (var length = 2; at + length <= word.Length; length++)
                        if (word.Skip(at).Take(length).All(TextNormalizer.IsCjk)) yield return word.Substring(at, length);
            }
        }
    }

    /// <summary>The Chinese endings of two characters or more <paramref name="name"/> shares with one of <paramref name="others"/>.</summary>
    private static IEnumerable<string> SharedEndings(string name, IEnumerable<string> others)
    {
        var endings = new HashSet<string>(StringComparer.Ordinal);
        foreach (var other in others)
        {
            var length = 0;
            while (length < name.Length && length < other.Length && name[^(length + 1)] == other[^(length + 1)] && TextNormalizer.IsCjk(name[^(length + 1)])) length++;
            if (length >= 2 && length < name.Length) endings.Add(name[^length..]);
        }
        return endings;
    }

    // The first variant of each family a word names ("net" names one GMV); later families add theirs beside it.
    private void AddQualifier(string word, string id)
    {
        if (!qualifiers.TryGetValue(word, out var ids)) qualifiers[word] = ids = [];
        if (ids.All(other => familyOf[other] != familyOf[id])) ids.Add(id);
    }

    private static HashSet<string> Concepts(SemanticCatalog catalog, ConceptVocabulary vocabulary, string id) =>
        catalog.Signatures.For(id) is { } signature
            ? signature.Words.Concat(signature.Declared).Select(vocabulary.ConceptOf).Where(c => !ConceptVocabulary.Shapes.Contains(c)).ToHashSet(StringComparer.Ordinal)
            : [];

    private Dictionary<string, HashSet<string>> NamedConcepts()
    {
        var named = familyNames.Keys.ToDictionary(id => id, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (word, ids) in qualifiers)
            foreach (var (phrase, said) in vocabulary.Phrases)
                if (phrase.Length >= 2 && word.Contains(phrase, StringComparison.Ordinal))
                    foreach (var id in ids) named[id].UnionWith(said);
        return named;
    }

    private static List<string> DepartmentWords(SemanticCatalog catalog) =>
        [.. catalog.Metrics.Values.Where(m => m.IsPublished).SelectMany(m => OwnerStems(m).Concat(OwnerWords(m)))
            .Select(TextNormalizer.Normalize).Where(w => w.Length >= 2).Distinct().OrderByDescending(w => w.Length)];

    /// <summary>The department alone: 电商部 and 电商, E-commerce.</summary>
    private static IEnumerable<string> OwnerStems(MetricDefinition metric) =>
        new[] { metric.Owner.Zh, metric.Owner.Zh.EndsWith('部') ? metric.Owner.Zh[..^1] : "", metric.Owner.En }
            .Concat(ShortNames.TryGetValue(metric.Owner.En.Trim(), out var shortNames) ? shortNames : []).Where(w => !string.IsNullOrWhiteSpace(w));

    // How departments are called for short in English ("the ops number").
    private static readonly Dictionary<string, string[]> ShortNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Operations"] = ["ops"], ["E-commerce"] = ["ecommerce", "ecom"], ["Finance"] = ["accounting"],
    };

    private static IEnumerable<string> OwnerWords(MetricDefinition metric) =>
        new[] { metric.Owner.Zh, metric.Owner.Zh + "的口径", $"{metric.Owner.En} team", $"{metric.Owner.En} department", $"{metric.Owner.En} dept", $"{metric.Owner.En}'s" }
            .Where(w => !string.IsNullOrWhiteSpace(w) && w.Trim().Length >= 2 && !string.Equals(w.Trim(), "team", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> Names(MetricDefinition metric) => new[] { metric.Name.Zh, metric.Name.En }.Concat(metric.Synonyms);

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
