using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using static MetricAssistant.Understanding.MatchRules;

namespace MetricAssistant.Understanding;

/// <summary>
/// Metric names in a question that are no metric asked for: a name that only says which rows another covers ("order value
/// before coupons, cancelled orders included"), a lone name counted either way ("buyers or not") beside a description,
/// and a name of what a booking word beside it holds ("how many visits were scheduled").
/// </summary>
internal sealed partial class MetricNameRoles(SemanticCatalog catalog, ConceptReader concepts, ConceptScorer scorer, string text, bool[] blocked)
{
    /// <summary>The matches without the names that are not asked for.</summary>
    public IReadOnlyList<TermMatch> Asked(IReadOnlyList<TermMatch> matches, bool periodAsked, IReadOnlyList<PeriodEndWords.Mention> periodEnd, bool learned)
    {
        // "退没退款都算": a name said both ways counts its rows either way; it is no metric asked.
        if (matches.Any(m => IsMetric(m) && MetricMentionRoles.SaidBothWays(text, m.Start, m.End)))
            matches = [.. matches.Where(m => !(IsMetric(m) && MetricMentionRoles.SaidBothWays(text, m.Start, m.End)))];
        // A name inside SQL written into the question ("'; DROP TABLE orders; --") is a table's, no second metric.
        // Not when the two names are a difference the catalog has ("revenue net of refunds": gmv_after_refunds).
        if (matches.Count(IsMetric) > 1 && !DifferenceRule.Names(catalog, text, [.. matches.Where(IsMetric)]) && RowsOnly(matches) is var rowsOnly && rowsOnly.Any(IsMetric))
            matches = rowsOnly;
        // "how many people browsed, buyers or not": only when the rest of the question describes a metric.
        else if (matches.Where(IsMetric).ToList() is [var lone] && MetricMentionRoles.EitherWay(text[lone.End..])
            && TermReader.ReadConcepts(concepts, text, [.. matches.Where(m => m != lone)], blocked, periodAsked, periodEnd).Concepts.Any(c => !ConceptVocabulary.Shapes.Contains(c)))
            matches = [.. matches.Where(m => m != lone)];
        if (!learned && matches.Where(IsMetric).ToList() is [var booked] && Held(booked)) matches = [.. matches.Where(m => m != booked)];
        // "customers last month, neither the new members nor the total base": a meaning of an unclear word the question says,
        // named only to be ruled out, is no metric asked; the word's other meanings are chosen among.
        var meanings = matches.Where(m => m.Entries.Any(e => e.Kind == TermKind.AmbiguousMetric)).SelectMany(m => m.Entries.Select(e => e.Id)).ToHashSet(StringComparer.Ordinal);
        var ruledOut = learned || meanings.Count == 0 ? [] : matches.Where(m => IsMetric(m) && m.Entries.All(e => meanings.Contains(e.Id))
            && MetricMentionRoles.NotAsked(text[..m.Start], text[m.End..])).ToList();
        RuledOut = [.. ruledOut.SelectMany(m => m.Entries.Select(e => e.Id)).Distinct(StringComparer.Ordinal)];
        matches = ruledOut.Count == 0 ? matches : [.. matches.Except(ruledOut)];
        // "skip the paid orders, I just want every order from last month": the only name, ruled out, while the rest describes
        // what is asked, is no metric asked; its words describe nothing (RuledOutNames).
        // "money received last month, not orders placed", "收到的钱，而不是下单金额": so is one set apart in a clause of its own after
        // what is described. The words said with the name ("placed") describe nothing either.
        if (!learned && matches.Where(IsMetric).ToList() is [var only] && only.Entries.All(e => e.Kind == TermKind.Metric)
            && MetricMentionRoles.RuledOutBefore(text[..only.Start])
            && TermReader.ReadConcepts(concepts, text, [.. matches.Where(m => m != only)], blocked, periodAsked, periodEnd) is var rest
            && PhraseSpan(only, rest) is var phrase
            && rest.Mentions.Any(m => !m.Negated && m.Concepts.Any(c => !ConceptVocabulary.Shapes.Contains(c))
                && (m.Span.Start >= phrase.Start + phrase.Length || m.Span.Start + m.Span.Length <= only.Start && MetricMentionRoles.ContrastedBefore(text[..only.Start]))))
        {
            RuledOutNames = [phrase];
            matches = [.. matches.Where(m => m != only)];
        }
        // "the refund ratio against GMV", "退款率相对于GMV": a ratio's part named after it is the ratio's side, no second metric.
        if (!learned && matches.Where(IsMetric).ToList() is [var ratio, var part] && catalog.Signatures.For(ratio.Entries[0].Id) is { } signature
            && ratio.Entries.Count == 1 && part.Entries.Any(e => signature.PartIds.Contains(e.Id)) && SideBetween().IsMatch(text[ratio.End..part.Start]))
            matches = [.. matches.Where(m => m != part)];
        return matches;
    }

    [GeneratedRegex(@"^\s*[,，]?\s*(against|relative to|over|versus|vs\.?|compared (to|with)|as an? (share|percentage|proportion|fraction) of|in relation to|divided by|相对于?|对于|对比|相比|除以)\s*(the\s+|our\s+|total\s+|overall\s+|all\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SideBetween();

    // The name and the concept words said right after it, in the same phrase ("orders placed", "下单的金额").
    private TextSpan PhraseSpan(TermMatch name, ConceptReading rest)
    {
        var end = name.End;
        foreach (var m in rest.Mentions.Where(m => m.Span.Start >= name.End).OrderBy(m => m.Span.Start))
        {
            if (text[end..m.Span.Start].Trim() is not ("" or "的" or "-")) break;
            end = m.Span.End;
        }
        return new TextSpan(name.Start, end - name.Start);
    }

    /// <summary>The spans of a lone name ruled out (<see cref="Asked"/>): read, describing nothing asked.</summary>
    public IReadOnlyList<TextSpan> RuledOutNames { get; private set; } = [];

    /// <summary>The meanings of an unclear word that <see cref="Asked"/> found named only to be ruled out.</summary>
    public IReadOnlyList<string> RuledOut { get; private set; } = [];

    /// <summary>
    /// The matches without the names that only say which rows another covers. "不含京东的订单的GMV": an exclusion reaches over
    /// every name before the last, which is what is asked (the head of the phrase), so the last is kept.
    /// </summary>
    private List<TermMatch> RowsOnly(IReadOnlyList<TermMatch> matches)
    {
        // "不含天猫的GMV和订单数": a name listed with a metric after it is asked beside it, the exclusion reaching over both.
        bool ListedBefore(TermMatch m) => matches.Any(n => IsMetric(n) && n.Start >= m.End && ListJoint(text[m.End..n.Start])
            && !MetricMentionRoles.IsCondition(text[..n.Start], text[n.End..]) && n.Entries.All(e => e.Kind == TermKind.Metric));
        bool RowsWord(TermMatch m) => IsMetric(m) && !ListedBefore(m) && (MetricMentionRoles.IsCondition(text[..m.Start], text[m.End..]) || MetricMentionRoles.OnlyCounted(text[..m.Start], m.Text, text[m.End..]) || MetricMentionRoles.InSql(text, text[..m.Start])
            || OfNext(m, matches) || CountedIn(m, matches) || LeftOutRows(m, matches));
        var rowsOnly = matches.Where(m => !RowsWord(m)).ToList();
        if (rowsOnly.Any(IsMetric)) return rowsOnly;
        var names = matches.Where(IsMetric).OrderBy(m => m.Start).ToList();
        var (before, last) = (names[^2], names[^1]);
        // Only a name that heads the phrase ("订单的GMV", "orders' GMV"): "不含京东的订单和GMV" lists two metrics.
        if (!HeadAfter().IsMatch(text[before.End..last.Start])) return [.. matches];
        return [.. matches.Where(m => m == last || !RowsWord(m))];
    }

    /// <summary>
    /// "exclude 掉 the Tmall orders", "把天猫的订单exclude掉": a name that only points at the rows of a value left out right before
    /// it is those rows, no metric asked.
    /// </summary>
    private bool LeftOutRows(TermMatch name, IReadOnlyList<TermMatch> matches) =>
        LeavingOutWords.Default.Points(name.Text) && matches.LastOrDefault(v => v.End <= name.Start && v.Entries.Count > 0
            && v.Entries.All(e => e.Kind == TermKind.DimensionValue)) is { } value
        && text[value.End..name.Start].Trim() is "" or "的" && LeavingOutWords.Default.LeavesOut(text[..value.Start], text[value.End..]);

    /// <summary>
    /// "order value last month, including unpaid orders", "订单金额，包括未付款的订单": a name an inclusion word governs, with a few
    /// words saying which rows between, is the rows counted in, not a metric asked. Not a list ("including GMV and order count",
    /// "GMV along with paid orders"): no words between, or another name between, lists metrics.
    /// </summary>
    private bool CountedIn(TermMatch name, IReadOnlyList<TermMatch> matches)
    {
        var clauseStart = name.Start == 0 ? 0 : text.LastIndexOfAny(DefinitionPhrases.ClauseEnds, name.Start - 1) + 1;
        var clause = text[clauseStart..name.Start];
        return DefinitionPhrases.Occurrences(clause, concepts.Vocabulary.IncludedBefore).Any(o =>
            clauseStart + o.At + o.Length is var from && RowWords(text[from..name.Start])
            && !matches.Any(m => IsMetric(m) && m.Start >= from && m.End <= name.Start));
    }

    // Only the words saying which rows ("unpaid", "the cancelled", "未付款的"), never a clause of their own nor an article alone.
    private static bool RowWords(string between)
    {
        var words = between.Trim();
        if (words.All(c => !char.IsAsciiLetter(c))) return words.Trim('的', ' ').Length is > 0 and <= 8;
        var latin = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(c => char.IsAsciiLetter(c) || c is ' ' or '-') && latin.Length <= 3 && latin.Any(w => w is not ("the" or "those" or "all" or "any" or "our"));
    }

    [GeneratedRegex(@"^\s*(的|'s?|’s?)?\s*$")]
    private static partial Regex HeadAfter();

    // A bare Chinese noun naming what is counted (订单, 销售, 交易), no measure word closing it (订单数, 退款金额, 客单价).
    [GeneratedRegex(@"^[一-龥]+(?<![数率额量价值比])$")]
    private static partial Regex BareNoun();

    /// <summary>
    /// "gift wrapping订单的GMV", "天猫订单的退款金额": a bare noun before 的 and another metric's name says what that metric is of
    /// (its rows), no second metric asked.
    /// </summary>
    /// <remarks>"GMV of Tmall orders", "refund rate on JD sales", "AOV of paid orders", "refund rate for orders shipped by courier": a name after a metric's name and of / on
    /// (a value between) likewise.</remarks>
    private bool OfNext(TermMatch name, IReadOnlyList<TermMatch> matches)
    {
        if (matches.LastOrDefault(p => IsMetric(p) && p.End <= name.Start) is { } previous && EnglishOf().IsMatch(text[previous.End..name.Start])
            && name.Text.All(c => char.IsAsciiLetter(c) || c == ' ')) return true;
        if (!BareNoun().IsMatch(name.Text) || matches.FirstOrDefault(n => IsMetric(n) && n.Start >= name.End) is not { } next) return false;
        // Not a chain (退款订单的GMV): GMV of refunded orders is no filter the catalog has, never GMV of all orders.
        // "顺丰发货的订单退款率": a rate right after the noun is a rate over those rows (订单数 is no second metric asked).
        // "天猫订单卖了多少件": a noun a value qualifies, said right before the other name, is the rows that one is counted over.
        // "付了款的订单一共卖了多少件": a noun a 的-qualifier says the state of, a word of totalling between, is those rows too.
        return OfBetween().IsMatch(text[name.End..next.Start])
            || (string.IsNullOrWhiteSpace(text[name.End..next.Start]) && (next.Text.EndsWith('率') || QualifiedByValue(name, matches)))
            || (TotalBetween().IsMatch(text[name.End..next.Start]) && (text[..name.Start].TrimEnd().EndsWith('的') || name.Text.Contains('的')) && !next.Text.EndsWith('率'))
            // "订单 已支付 金额", "订单支付金额": typed as fragments, the noun, then the state of its rows opening the other name
            // (支付金额: the money of paid orders), is that name's rows; one description, no second metric.
            || (text[name.End..next.Start].Trim() is var state && (state.Length == 0 || concepts.Vocabulary.StatePrefixes.Contains(state))
                && !next.Text.EndsWith('率') && concepts.OpensWithRowState(state + next.Text));
    }

    [GeneratedRegex(@"^\s*(一共|总共|共|总计|合计|加起来)?\s*$")]
    private static partial Regex TotalBetween();

    private bool QualifiedByValue(TermMatch name, IReadOnlyList<TermMatch> matches) =>
        matches.Any(v => v.End <= name.Start && v.Entries.Count > 0 && v.Entries.All(e => e.Kind == TermKind.DimensionValue) && text[v.End..name.Start] is var between && (string.IsNullOrWhiteSpace(between) || OfBetween().IsMatch(between)));

    [GeneratedRegex(@"^\s*的\s*$")]
    private static partial Regex OfBetween();

    // "refund rate for orders shipped by courier", "cancellation rate among orders paid by card": the rows the rate is over.
    [GeneratedRegex(@"^\s+(of|on|for|among|across)\s+(the\s+|our\s+|all\s+(the\s+|our\s+)?)?([a-z0-9&.'-]+\s+){0,2}$")]
    private static partial Regex EnglishOf();

    /// <summary>Whether every metric the name may mean is what a booking word beside it holds (the booked visits, not visitors).</summary>
    public bool Held(TermMatch name) =>
        name.Entries.All(e => e.Kind == TermKind.Metric && scorer.ConceptsOf(e.Id) is { } own && concepts.HeldBy(text, new TextSpan(name.Start, name.Length), own, blocked));
}
