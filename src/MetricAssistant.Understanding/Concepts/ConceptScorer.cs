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

    private readonly Dictionary<string, Profile> profiles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> weights = new(StringComparer.Ordinal);
    private readonly SemanticCatalog catalog;
    private readonly ConceptVocabulary vocabulary;

    public ConceptScorer(SemanticCatalog catalog, ConceptVocabulary vocabulary)
    {
        this.catalog = catalog;
        this.vocabulary = vocabulary;
        foreach (var signature in catalog.Signatures.All)
        {
            if (catalog.FindMetric(signature.MetricId) is not { IsPublished: true }) continue;
            profiles[signature.MetricId] = Profile.Of(signature, vocabulary);
        }
        var documents = Math.Max(1, profiles.Count);
        foreach (var group in profiles.Values.SelectMany(p => p.All).GroupBy(c => c, StringComparer.Ordinal))
            weights[group.Key] = Math.Log(1.0 + documents / (double)group.Count());
        Known = vocabulary.Names;
    }

    private IReadOnlySet<string> Known { get; }

    /// <summary>
    /// The published metrics, best first (ties: the official one, then by id): those with a positive score,
    /// or with <paramref name="sharing"/> every metric that shares at least one concept with the question.
    /// </summary>
    public IReadOnlyList<MetricScore> Rank(IReadOnlySet<string> question, IEnumerable<string>? among = null, bool sharing = false)
    {
        if (question.Count == 0) return [];
        var ids = among ?? profiles.Keys;
        var scores = new List<MetricScore>();
        foreach (var id in ids)
        {
            if (!profiles.TryGetValue(id, out var profile)) continue;
            var score = Score(profile, question);
            if (score > 0 || (sharing && profile.All.Overlaps(question))) scores.Add(new MetricScore(id, Math.Round(score, 3)));
        }
        scores.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : Official(b.MetricId).CompareTo(Official(a.MetricId)) is var o && o != 0 ? o
            : string.CompareOrdinal(a.MetricId, b.MetricId));
        return scores;
    }

    /// <summary>The signature's concepts, mapped through the vocabulary, for callers that reason about parts.</summary>
    public IReadOnlySet<string>? ConceptsOf(string metricId) => profiles.TryGetValue(metricId, out var p) ? p.All : null;

    /// <summary>The concepts only the numerator of a ratio (or the ratio's own declared concepts) has: what makes it that ratio (cancelled, refund).</summary>
    public IReadOnlySet<string> NumeratorOnly(string metricId) =>
        profiles.TryGetValue(metricId, out var p) ? p.Numerator.Union(p.Own).Except(p.Denominator).Where(Known.Contains).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();

    /// <summary>The concepts only the denominator of a ratio has (what it is per: staff, paying people).</summary>
    public IReadOnlySet<string> DenominatorOnly(string metricId) =>
        profiles.TryGetValue(metricId, out var p) ? p.Denominator.Except(p.Numerator).Where(Known.Contains).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();

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
            // "How many" only ever credits a count; "average" is not held against a ratio.
            else if (concept != ConceptVocabulary.Count && !(concept == ConceptVocabulary.Average && profile.Shape is SignatureShape.AveragePer or SignatureShape.Share))
            {
                score -= Unexplained;
            }
        }
        foreach (var concept in profile.All)
        {
            if (question.Contains(concept) || !Known.Contains(concept)) continue;
            // A question that says the general word ("people") has left out the specific one ("customer") only by half.
            var said = vocabulary.Broader.TryGetValue(concept, out var general) && general.Any(question.Contains) ? 0.5 : 1.0;
            score -= concept == profile.ShapeConcept ? MissingShape
                : concept is ConceptVocabulary.Average or ConceptVocabulary.Count ? 0
                : said * MissingWord * Weight(concept);
        }
        return score;
    }

    private double Weight(string concept) => weights.GetValueOrDefault(concept, 1.0);

    private int Official(string id) => catalog.FindMetric(id)?.Official == true ? 1 : 0;

    private sealed record Profile(SignatureShape Shape, string? ShapeConcept, IReadOnlySet<string> All, IReadOnlySet<string> Own, IReadOnlySet<string> Numerator, IReadOnlySet<string> Denominator)
    {
        public static Profile Of(MetricSignature signature, ConceptVocabulary vocabulary)
        {
            var shape = signature.Shape switch
            {
                SignatureShape.Share => ConceptVocabulary.Ratio,
                SignatureShape.AveragePer => ConceptVocabulary.Per,
                SignatureShape.Cumulative => ConceptVocabulary.Cumulative,
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
            return new Profile(signature.Shape, shape, all, Map(signature.OwnWords, vocabulary), numerator, denominator);
        }

        private static HashSet<string> Map(IEnumerable<string> words, ConceptVocabulary vocabulary) =>
            words.Select(vocabulary.ConceptOf).ToHashSet(StringComparer.Ordinal);
    }
}
