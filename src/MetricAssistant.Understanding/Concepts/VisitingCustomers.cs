using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// "how many customers came through", "多少客人进了店": customers said with a verb of coming in may be everyone who came
/// (visitors) or the customers who bought (a count of people): asked back, visitors first, then the counts of customers.
/// People said with a place ("how many people came into the stores") are visitors, and browsing is no buying: both keep
/// their reading. People in general (not customers, members or staff) counted with a verb of coming ("这周进来了多少人",
/// "how many folks dropped in") are everyone who came: the visitors, answered. A question that says more (paid, new, money,
/// a share) is read as before.
/// </summary>
public sealed partial class VisitingCustomers(SemanticCatalog catalog, ConceptScorer scorer)
{
    private const string Visitor = "visitor", Customer = "customer";

    // What settles the question elsewhere: a state of buying or joining, money, a shape, another subject.
    private static readonly string[] Settling = [ConceptVocabulary.Money, "paid", "new", "appointment", "order", "refund", "cancelled", ConceptVocabulary.Ratio,
        ConceptVocabulary.Per, ConceptVocabulary.Average, ConceptVocabulary.Cumulative, ConceptVocabulary.Times];

    // Verbs of coming in, which say nothing of buying (browsing, looking around do: those are visitors only).
    private static readonly string[] ComingInZh = ["进了店", "进店", "进了门店", "进店了", "来店", "来了店里", "到店", "到了店里", "进门", "上门", "进来", "来了多少", "来过", "来了"];

    // "came to JD": with people counted, "came to" is a visit, never the amount something came to.
    [GeneratedRegex(@"\b(came|come|coming|comes|walked|walk|walking)\s+(through|in|into|by|to)\b|\b(showed|turned)\s+up\b|\b(dropped|dropping|stopped|stopping|popped|popping)\s+(in|by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComingInEn();

    // Words for people who shop, not for members: said alone and counted ("how many shoppers", 多少顾客), they may be everyone
    // who came or those who bought; never members who signed up.
    [GeneratedRegex(@"\bshoppers?\b|顾客", RegexOptions.IgnoreCase)]
    private static partial Regex ShopperWords();

    /// <summary>The choice among visitors and the counts of customers, the visitors for people in general, or none.</summary>
    public ConceptDecision Decide(string text, ConceptReading whole)
    {
        var counted = whole.Has(ConceptVocabulary.Count);
        var comingIn = ComingInZh.Any(w => text.Contains(w, StringComparison.Ordinal)) || ComingInEn().IsMatch(text);
        // The money of a "came to" said of people counted is their coming, settling nothing.
        bool Settles(string concept) => concept == ConceptVocabulary.Money
            ? whole.Mentions.Any(m => m.Concepts.Contains(concept) && !(counted && comingIn && ComingInEn().IsMatch(m.Text)))
            : whole.Has(concept);
        if (Settling.Any(Settles)) return ConceptDecision.None;
        bool Plain(string id) => catalog.Signatures.For(id)?.Shape is SignatureShape.Sum or SignatureShape.Count or SignatureShape.DistinctCount or SignatureShape.Cumulative;
        // "上礼拜有多少人来过", "how many unique people came by": people said of no kind, counted as they came, are the visitors.
        if (!whole.Has(Customer) && comingIn && counted && whole.Has(ConceptVocabulary.People)
            && whole.Concepts.All(c => c is Visitor or ConceptVocabulary.People or ConceptVocabulary.Count or ConceptVocabulary.Total))
            return scorer.Rank(whole.Concepts.Append(Visitor).ToHashSet(StringComparer.Ordinal), scorer.Having([Visitor]).Where(Plain).ToList(), sharing: true)
                .Select(r => r.MetricId).FirstOrDefault() is { } everyone ? ConceptDecision.Answer(everyone) : ConceptDecision.None;
        if (!whole.Has(Customer)) return ConceptDecision.None;
        // ("shoppers who browsed", 来逛的顾客: visiting said is visitors, read as before.)
        // Alone: nothing but the people and their count ("came back to buy again" says more, read as before).
        var shoppersAlone = !comingIn && counted && ShopperWords().IsMatch(text)
            && whole.Concepts.All(c => c is Customer or ConceptVocabulary.People or ConceptVocabulary.Count or ConceptVocabulary.Total);
        if (!comingIn && !shoppersAlone) return ConceptDecision.None;
        var question = whole.Concepts.Append(Visitor).ToHashSet(StringComparer.Ordinal);
        var visitors = scorer.Rank(question, scorer.Having([Visitor]).Where(Plain).ToList(), sharing: true).Select(r => r.MetricId).Take(1);
        var customers = scorer.Rank(whole.Concepts, scorer.Having([Customer]).Where(Plain).ToList(), sharing: true).Select(r => r.MetricId);
        // Every count of customers stays offered beside the visitors: "顾客" may be payers, new or all members as much as visitors.
        var offered = visitors.Concat(customers).Distinct(StringComparer.Ordinal).Take(DescribedMetricChooser.MaxChoices - 1).ToList();
        return offered.Count < 2 ? ConceptDecision.None : ConceptDecision.Clarify(offered);
    }
}
