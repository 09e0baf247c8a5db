using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// Scores metrics by how well a question's concepts match their signatures. A concept weighs by how rare
/// it is among the catalog's metrics (money or orders say little, refund or discount a lot): each concept
/// the question shares with the metric counts for it; each known concept of the metric the question does
/// not say counts against it (a shape it does not ask for — a share, a per-unit amount, a running
/// total — most), and so does each concept of the question the metric does not explain. An amount per
/// unit also counts what the question says about its denominator ("per paying person").
/// </summary>
public sealed class ConceptScorer
{
    private const double MissingShape = 1.0, MissingWord = 0.5, Unexplained = 0.6, DenominatorCredit = 0.5;

    // A metric's defining concept unsaid (the purchase of buyers after an appointment, the growth of a growth rate, the end of a
    // period-end snapshot): the question asks for the plainer metric it is built on, whatever else matches.
    private const double MissingDefining = 3.0;

    private readonly Dictionary<string, Profile> profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> weights = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group[]> index = new(StringComparer.Ordinal);
    private readonly Group[] groups;
    private readonly SemanticCatalog catalog;
    private readonly ConceptVocabulary vocabulary;

    /// <summary>Works out every published metric's profile and the concept → metrics index, once per catalog.</summary>
    public ConceptScorer(SemanticCatalog catalog, ConceptVocabulary vocabulary)
    {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        Known = vocabulary.Names;
        // Metrics with the same profile score the same: each distinct profile is scored once per question.
        var byKey = new Dictionary<string, (Profile Profile, List<string> Ids)>(StringComparer.Ordinal);
        // A profile is worked out once per distinct signature content: at 100k metrics, hundreds of thousands of sets
        // and keys built only to be found equal to one already made were 0.6 s of CPU and 400 MiB of a start.
        var ofContent = new Dictionary<MetricSignature, Profile>(SignatureContentComparer.Instance);
        foreach (var signature in catalog.Signatures.All)
        {
            if (catalog.FindMetric(signature.MetricId) is not { IsPublished: true }) continue;
            if (!ofContent.TryGetValue(signature, out var profile)) ofContent.Add(signature, profile = Profile.Of(signature, vocabulary, Known));
            if (!byKey.TryGetValue(profile.Key, out var group)) byKey[profile.Key] = group = (profile, []);
            group.Ids.Add(signature.MetricId);
            profiles[signature.MetricId] = group.Profile;
        }
        var documents = Math.Max(1, profiles.Count);
        foreach (var (profile, ids) in byKey.Values)
            foreach (var concept in profile.All)
                weights[concept] = weights.GetValueOrDefault(concept) + ids.Count;
        foreach (var concept in weights.Keys.ToList())
            weights[concept] = Math.Log(1.0 + documents / weights[concept]);
        groups = [.. byKey.Values.Select(g => new Group(g.Profile, g.Ids.OrderByDescending(Official).ThenBy(id => id, StringComparer.Ordinal).ToArray()))];
        foreach (var concept in weights.Keys)
            index[concept] = groups.Where(g => g.Profile.All.Contains(concept)).ToArray();
    }

    private IReadOnlySet<string> Known { get; }

    /// <summary>
    /// The published metrics, best first (ties: the official one, then by id): those with a positive score,
    /// or with <paramref name="sharing"/> every metric that shares at least one concept with the question;
    /// the first <paramref name="limit"/> of them.
    /// </summary>
    public IReadOnlyList<MetricScore> Rank(IReadOnlySet<string> question, IEnumerable<string>? among = null, bool sharing = false, int limit = int.MaxValue)
    {
        if (question.Count == 0 || limit <= 0) return [];
        if (among is not null) return RankAmong(question, among, sharing, limit);
        // A metric sharing no concept with the question scores at most zero (every term but a shared concept
        // counts against it), so the index's metrics are all there is to score.
        var candidates = new HashSet<Group>(ReferenceEqualityComparer.Instance);
        foreach (var concept in question)
            if (index.TryGetValue(concept, out var having)) candidates.UnionWith(having);
        var scored = new List<(Group Group, double Score)>();
        foreach (var group in candidates)
        {
            var score = Score(group.Profile, question);
            if (score > 0 || sharing) scored.Add((group, Math.Round(score, 3)));
        }
        return Top(scored, limit);
    }

    /// <summary>
    /// The published metrics <paramref name="keep"/> keeps, ranked as <see cref="Rank(IReadOnlySet{string}, IEnumerable{string}?, bool, int)"/>
    /// ranks a list of them. <paramref name="keep"/> must judge a metric by its profile only (<see cref="ConceptsOf"/>,
    /// <see cref="NumeratorOnly"/>, <see cref="DenominatorOnly"/>, its signature's shape): it is asked once per profile, of
    /// the profile's first metric, so metrics sharing one profile (a large catalog's many copies) are judged and scored once.
    /// </summary>
    public IReadOnlyList<MetricScore> Rank(IReadOnlySet<string> question, Func<string, bool>? keep, bool sharing = false, int limit = int.MaxValue)
    {
        if (keep is null) return Rank(question, (IEnumerable<string>?)null, sharing, limit);
        if (question.Count == 0 || limit <= 0) return [];
        var scored = new List<(Group Group, double Score)>();
        foreach (var group in groups)
        {
            if (!keep(group.Ids[0])) continue;
            var score = Score(group.Profile, question);
            if (score > 0 || (sharing && group.Profile.All.Overlaps(question))) scored.Add((group, Math.Round(score, 3)));
        }
        return Top(scored, limit);
    }

    /// <summary>
    /// The published metrics whose concepts include all of <paramref name="concepts"/>, found from the index of the one of them
    /// fewest metrics have: a question's rare word (a state, a negation, a subject asked about) costs what has that word, not the catalog.
    /// </summary>
    public IEnumerable<string> Having(IReadOnlyCollection<string> concepts)
    {
        Group[]? fewest = null;
        foreach (var concept in concepts)
        {
            if (!index.TryGetValue(concept, out var having)) return [];
            if (fewest is null || having.Length < fewest.Length) fewest = having;
        }
        return fewest is null ? profiles.Keys : fewest.Where(g => concepts.All(g.Profile.All.Contains)).SelectMany(g => g.Ids);
    }

    /// <summary>Whether <paramref name="keep"/> keeps any published metric; asked once per profile, as <see cref="Rank(IReadOnlySet{string}, Func{string, bool}?, bool, int)"/> does.</summary>
    public bool Any(Func<string, bool> keep) => groups.Any(g => keep(g.Ids[0]));

    /// <summary>The first <paramref name="limit"/> metrics of scored profiles, best first (ties: the official one, then by id).</summary>
    private List<MetricScore> Top(List<(Group Group, double Score)> scored, int limit)
    {
        scored.Sort((a, b) => b.Score.CompareTo(a.Score));
        // Each group's ids are in tie order already: its first `limit` and those of groups tied with the last
        // one taken are all that can make the first `limit` overall.
        var scores = new List<MetricScore>();
        foreach (var (group, score) in scored)
        {
            if (scores.Count >= limit && score < scores[^1].Score) break;
            foreach (var id in group.Ids.Take(limit)) scores.Add(new MetricScore(id, score));
        }
        return Ordered(scores, limit);
    }

    /// <summary>The plain way: every metric of <paramref name="among"/> scored on its own.</summary>
    private List<MetricScore> RankAmong(IReadOnlySet<string> question, IEnumerable<string> among, bool sharing, int limit)
    {
        var scores = new List<MetricScore>();
        foreach (var id in among)
        {
            if (!profiles.TryGetValue(id, out var profile)) continue;
            var score = Score(profile, question);
            if (score > 0 || (sharing && profile.All.Overlaps(question))) scores.Add(new MetricScore(id, Math.Round(score, 3)));
        }
        return Ordered(scores, limit);
    }

    private List<MetricScore> Ordered(List<MetricScore> scores, int limit)
    {
        scores.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : Official(b.MetricId).CompareTo(Official(a.MetricId)) is var o && o != 0 ? o
            : string.CompareOrdinal(a.MetricId, b.MetricId));
        if (scores.Count > limit) scores.RemoveRange(limit, scores.Count - limit);
        return scores;
    }

    /// <summary>The signature's concepts, mapped through the vocabulary, for callers that reason about parts.</summary>
    public IReadOnlySet<string>? ConceptsOf(string metricId) => profiles.TryGetValue(metricId, out var p) ? p.All : null;

    /// <summary>Whether the metric has a defining concept (a conversion's event, a growth, a period's end) the question does not say.</summary>
    public bool MissesDefining(string metricId, IReadOnlySet<string> question) =>
        profiles.TryGetValue(metricId, out var p) && p.Defining.Any(c => !question.Contains(c));

    /// <summary>Whether the metric is a conversion whose start or window (appointments, 7 days) the question does not say: offered, never the answer.</summary>
    public bool MissesOrigin(string metricId, IReadOnlySet<string> question) =>
        profiles.TryGetValue(metricId, out var p) && p.Origin.Any(c => !question.Contains(c));

    /// <summary>What a ratio is of (the things its denominator counts: visitors, appointments); empty for any other shape.</summary>
    public IReadOnlySet<string> Base(string metricId) =>
        profiles.TryGetValue(metricId, out var p) ? p.Base : new HashSet<string>();

    /// <summary>The concepts only the numerator of a ratio (or the ratio's own declared concepts) has: what makes it that ratio (cancelled, refund).</summary>
    public IReadOnlySet<string> NumeratorOnly(string metricId) =>
        profiles.TryGetValue(metricId, out var p) ? p.NumeratorOnly : new HashSet<string>();

    /// <summary>The concepts only the denominator of a ratio has (what it is per: staff, paying people).</summary>
    public IReadOnlySet<string> DenominatorOnly(string metricId) =>
        profiles.TryGetValue(metricId, out var p) ? p.DenominatorOnly : new HashSet<string>();

    private double Score(Profile profile, IReadOnlySet<string> question)
    {
        var score = 0.0;
        var perUnit = profile.Shape == SignatureShape.AveragePer && (question.Contains(ConceptVocabulary.Per) || question.Contains(ConceptVocabulary.Average));
        foreach (var concept in question)
        {
            if (profile.All.Contains(concept))
            {
                score += Weight(concept);
                if (perUnit && profile.Denominator.Contains(concept)) score += DenominatorCredit * Weight(concept);
            }
            // "How many" only ever credits a count; "average" is not held against a ratio; a defining word is its metric's (counted below).
            else if (concept != ConceptVocabulary.Count && !profile.Defining.Contains(concept) && !(concept == ConceptVocabulary.Average && profile.Shape is SignatureShape.AveragePer or SignatureShape.Share))
            {
                score -= Unexplained;
            }
        }
        foreach (var concept in profile.All)
        {
            // An unsaid plain reading ("before discounts") is what the question means anyway: no evidence against.
            if (question.Contains(concept) || !Known.Contains(concept) || vocabulary.Unmarked.Contains(concept) || profile.Defining.Contains(concept)) continue;
            // The specific word says the general one: "人手" (staff) are people, so a headcount of people is not missing them.
            if (SaidByNarrower(concept, question)) continue;
            // A question that says the general word ("people") has left out the specific one ("customer") only by half.
            var said = vocabulary.Broader.TryGetValue(concept, out var general) && general.Any(question.Contains) ? 0.5 : 1.0;
            score -= concept == profile.ShapeConcept ? MissingShape
                : concept is ConceptVocabulary.Average or ConceptVocabulary.Count ? 0
                : said * MissingWord * Weight(concept);
        }
        foreach (var concept in profile.Defining)
            if (!question.Contains(concept)) score -= MissingDefining;
        return score;
    }

    private bool SaidByNarrower(string concept, IReadOnlySet<string> question)
    {
        foreach (var said in question)
            if (vocabulary.Broader.TryGetValue(said, out var general) && general.Contains(concept)) return true;
        return false;
    }

    private double Weight(string concept) => weights.GetValueOrDefault(concept, 1.0);

    private int Official(string id) => catalog.FindMetric(id)?.Official == true ? 1 : 0;

    /// <summary>Metrics with one profile, in tie order (official first, then by id).</summary>
    private sealed record Group(Profile Profile, string[] Ids);

    private sealed record Profile(SignatureShape Shape, string? ShapeConcept, IReadOnlySet<string> All, IReadOnlySet<string> NumeratorOnly, IReadOnlySet<string> DenominatorOnly, IReadOnlySet<string> Denominator, IReadOnlySet<string> Defining, IReadOnlySet<string> Origin, IReadOnlySet<string> Base, string Key)
    {
        public static Profile Of(MetricSignature signature, ConceptVocabulary vocabulary, IReadOnlySet<string> known)
        {
            var shape = signature.Shape switch
            {
                SignatureShape.Share => ConceptVocabulary.Ratio,
                SignatureShape.AveragePer => ConceptVocabulary.Per,
                SignatureShape.Cumulative => ConceptVocabulary.Cumulative,
                SignatureShape.Rolling => ConceptVocabulary.Rolling,
                SignatureShape.ToDate => ConceptVocabulary.ToDate,
                SignatureShape.PeriodAverage => ConceptVocabulary.Average,
                _ => null,
            };
            var numerator = Map(signature.Numerator?.Words ?? [], vocabulary);
            var denominator = Map(signature.Denominator?.Words ?? [], vocabulary);
            var all = Map(signature.Words, vocabulary);
            if (shape is not null) all.Add(shape);
            // An amount per unit is an average too ("平均每人"), which it may be asked as without penalty.
            if (signature.Shape == SignatureShape.AveragePer) all.Add(ConceptVocabulary.Average);
            // Counting people is a count however it is stored (visitors are summed, headcount averaged).
            if (signature.Shape is SignatureShape.Count or SignatureShape.DistinctCount || all.Contains(ConceptVocabulary.People) && signature.Numerator is null) all.Add(ConceptVocabulary.Count);
            var own = Map(signature.OwnWords, vocabulary);
            var numeratorOnly = numerator.Union(own).Except(denominator).Where(known.Contains).ToHashSet(StringComparer.Ordinal);
            var denominatorOnly = denominator.Except(numerator).Where(known.Contains).ToHashSet(StringComparer.Ordinal);
            var defining = Map(signature.Defining, vocabulary);
            var origin = Map(signature.Origin, vocabulary);
            var of = signature.Shape is SignatureShape.Share or SignatureShape.AveragePer ? Map(signature.Denominator?.Subjects ?? [], vocabulary) : [];
            var key = string.Join('|', signature.Shape, shape, Join(all), Join(numeratorOnly), Join(denominatorOnly), Join(denominator), Join(defining), Join(origin), Join(of));
            return new Profile(signature.Shape, shape, all, numeratorOnly, denominatorOnly, denominator, defining, origin, of, key);
        }

        private static HashSet<string> Map(IEnumerable<string> words, ConceptVocabulary vocabulary) =>
            words.Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal);

        private static string Join(IEnumerable<string> concepts) => string.Join(',', concepts.Order(StringComparer.Ordinal));
    }
}
