using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// A written formula read into concepts (<see cref="ConceptReader"/>): a quotient sign between two quantities ("退款金额/GMV",
/// "paid orders over visitors") is a ratio word that says which side divides (<see cref="QuotientSides"/>); a difference sign
/// between them ("收入减成本", "revenue − cost") is read and adds no concept, what is taken away saying what is left; a rate
/// over a round number ("每50个进店的人里有几个付了款", "out of every 100 visitors", "for each 100 yuan of sales") is a share,
/// never an amount per one of them. A sign with no quantity after it ("天猫/京东", "over the weekend") is left alone.
/// </summary>
internal sealed class FormulaWords(FormulaSigns signs)
{
    /// <summary>How many characters of a verb may stand between 每 and its number ("每卖1000块钱").</summary>
    private const int VerbBeforeNumber = 2;

    private const string ChineseNumerals = "零一二两三四五六七八九十百千万";

    private static readonly string[] EnglishNumbers = ["a hundred", "one hundred", "a thousand", "one thousand", "hundred", "thousand", "ten", "twenty", "fifty"];

    /// <param name="names">The metrics named, where: a name is a quantity a sign may stand between.</param>
    public void Read(string text, List<ConceptMention> mentions, bool[] blocked, IReadOnlyList<(TextSpan Span, string MetricId)> names)
    {
        SummedOverEach(text, mentions);
        MinuendOfNet(mentions);
        var changed = RateBases(text, mentions, blocked);
        changed |= Signs(text, mentions, blocked, names, signs.Quotients, [ConceptVocabulary.Ratio]);
        changed |= Signs(text, mentions, blocked, names, signs.Differences, []);
        if (changed) mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        DiscountsSubtracted(mentions);
    }

    private const string PreDiscount = "pre_discount", Net = "net", Discount = "discount";

    /// <summary>
    /// "(原价-券)", "list price minus coupons": an amount before discounts with the discounts subtracted by a written sign is
    /// the amount net of them; the minuend is only the money, the discounts taken away say what is left (net).
    /// </summary>
    private void DiscountsSubtracted(List<ConceptMention> mentions)
    {
        for (var k = 0; k + 2 < mentions.Count; k++)
            if (mentions[k].Concepts.Contains(PreDiscount) && !mentions[k].Negated && mentions[k + 1] is { Concepts.Count: 0 } sign
                && signs.Differences.Contains(sign.Text) && mentions[k + 2].Concepts.Contains(Discount) && !mentions[k + 2].Negated)
            {
                mentions[k] = mentions[k] with { Concepts = mentions[k].Concepts.Contains(ConceptVocabulary.Money) ? [ConceptVocabulary.Money] : [] };
                mentions[k + 2] = mentions[k + 2] with { Concepts = [Net] };
            }
    }

    /// <summary>
    /// "订单原价减去优惠之后的金额", "list price minus the discount": an amount before discounts said right before the words that
    /// take the discount away is what they are taken from, so the question asks for what is left (net); the amount before
    /// discounts (and the line price 原价 also reads as) is no concept of its own there, only the money.
    /// </summary>
    private static void MinuendOfNet(List<ConceptMention> mentions)
    {
        for (var k = 0; k + 1 < mentions.Count; k++)
            if (mentions[k].Concepts.Contains(PreDiscount) && !mentions[k].Negated && mentions[k + 1].Concepts.Contains(Net)
                && mentions[k + 1].Span.Start - mentions[k].Span.End <= 1)
                mentions[k] = mentions[k] with { Concepts = mentions[k].Concepts.Contains(ConceptVocabulary.Money) ? [ConceptVocabulary.Money] : [] };
    }

    // Words that add up: with one of them, "each" / "every" ranges over what is added, it divides by nothing.
    private static readonly string[] SumWords = ["total", "sum", "summed", "added up", "add up", "altogether", "combined", "in all"];

    /// <summary>
    /// "the total value of every order placed", "sum of each order's list price": each / every under a word that adds up is what
    /// is added, not an amount per one of them. The per word is read (consumed) and says nothing.
    /// </summary>
    private static void SummedOverEach(string text, List<ConceptMention> mentions)
    {
        var summed = SumWords.Any(w => WholeWordAt(text, w));
        for (var k = 0; k < mentions.Count; k++)
            if (mentions[k] is { Text: "each" or "every", Concepts: [ConceptVocabulary.Per] } each
                && (summed || CountsIn(text.AsSpan(0, each.Span.Start))))
                mentions[k] = each with { Concepts = [] };
    }

    // "count every paid order", "including every refunded one": every right after a verb that counts rows in is all of them.
    private static readonly string[] CountingInWords = ["count", "counting", "counts", "include", "including", "includes", "keep", "cover", "covering"];

    private static bool CountsIn(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        foreach (var word in CountingInWords)
            if (trimmed.EndsWith(word, StringComparison.Ordinal) && (trimmed.Length == word.Length || !char.IsAsciiLetter(trimmed[^(word.Length + 1)])))
                return true;
        return false;
    }

    private static bool WholeWordAt(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            if ((at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + word.Length == text.Length || !char.IsAsciiLetter(text[at + word.Length])))
                return true;
        return false;
    }

    private static bool Signs(string text, List<ConceptMention> mentions, bool[] blocked, IReadOnlyList<(TextSpan Span, string MetricId)> names,
        IReadOnlyList<string> words, string[] concepts)
    {
        var added = false;
        foreach (var word in words)
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (!Free(text, at, end, blocked) || mentions.Any(m => m.Span.Start < end && at < m.Span.End)) continue;
                var before = Back(text, at);
                var after = Forward(text, end);
                // A word sign ("over", "minus") is a formula only between two quantities: a metric named after it, or a count of
                // something described ("total paid divided by the number of people who paid", "money collected over number of
                // buyers"); "sum of qty x price over paid order lines", "AOV over time" are none.
                if (char.IsAsciiLetter(word[0]))
                {
                    if (!QuantityEndsAt(mentions, names, before) || !names.Any(n => n.Span.Start == after) && !CountStartsAt(mentions, AfterArticle(text, after))) continue;
                }
                // A symbol may have a word no reader takes on one side, where names are read as words ("(销售额-成本)/销售额" read
                // whole); 减 needs a quantity after it: "gmv减少" is no formula.
                else
                {
                    var quantityBefore = QuantityEndsAt(mentions, names, before);
                    var quantityAfter = QuantityStartsAt(mentions, names, after);
                    var wordBefore = quantityBefore || WordAt(text, before - 1, blocked);
                    if (!(IsSymbol(word) ? quantityBefore && (quantityAfter || WordAt(text, after, blocked)) || wordBefore && quantityAfter : wordBefore && quantityAfter)) continue;
                }
                mentions.Add(new ConceptMention(new TextSpan(at, word.Length), word, concepts));
                added = true;
            }
        return added;
    }

    /// <summary>"每50个", "out of every 100 yuan": the rate word is a share, the number and its unit are read (money when the unit is).</summary>
    private bool RateBases(string text, List<ConceptMention> mentions, bool[] blocked)
    {
        var found = false;
        foreach (var word in signs.RateBases)
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var end = at + word.Length;
                if (!Free(text, at, end, blocked) || mentions.Any(m => m.Span.Start < at && at < m.Span.End && m.Span.End > end)) continue;
                if (NumberAfter(text, end, blocked, mentions) is not { } number) continue;
                var (unitEnd, money) = Unit(text, number.End, blocked);
                var rate = new TextSpan(at, end - at);
                var amount = new TextSpan(number.Start, unitEnd - number.Start);
                // A per word read over the rate word ("for each" around "each") is this one.
                var start = mentions.Where(m => m.Span.Start < at && m.Span.End > at).Select(m => m.Span.Start).DefaultIfEmpty(at).Min();
                rate = new TextSpan(start, end - start);
                mentions.RemoveAll(m => Overlaps(m.Span, rate) || Overlaps(m.Span, amount));
                mentions.Add(new ConceptMention(rate, text.Substring(rate.Start, rate.Length), [ConceptVocabulary.Ratio]));
                mentions.Add(new ConceptMention(amount, text.Substring(amount.Start, amount.Length), money ? [ConceptVocabulary.Money] : []));
                found = true;
            }
        return found;
    }

    /// <summary>
    /// The round number a rate word is over, at most a short verb away in Chinese (每卖1000), a space away in English; never one
    /// (每一单 is each order) and never a time's (blocked).
    /// </summary>
    private static TextSpan? NumberAfter(string text, int from, bool[] blocked, List<ConceptMention> mentions)
    {
        var latin = from > 0 && char.IsAsciiLetter(text[from - 1]);
        if (latin)
        {
            if (from >= text.Length || text[from] != ' ') return null;
            from++;
            var digits = Digits(text, from);
            if (digits > from) return Free(text, from, digits, blocked) && Round(text[from..digits]) && WordEnds(text, digits) ? new TextSpan(from, digits - from) : null;
            foreach (var number in EnglishNumbers)
                if (string.CompareOrdinal(text, from, number, 0, number.Length) == 0 && WordEnds(text, from + number.Length) && Free(text, from, from + number.Length, blocked))
                    return new TextSpan(from, number.Length);
            return null;
        }
        for (var start = from; start <= from + VerbBeforeNumber && start < text.Length; start++)
        {
            // What stands between is a verb of the rate (卖), not a per word's own phrase (每单, 每个员工).
            if (start > from && (!TextNormalizer.IsCjk(text[start - 1]) || blocked[start - 1] || ChineseNumerals.Contains(text[start - 1])
                || mentions.Any(m => m.Span.Start < start && m.Span.End > from - 1 && m.Concepts.Contains(ConceptVocabulary.Per)))) return null;
            var digits = Digits(text, start);
            if (digits == start) while (digits < text.Length && ChineseNumerals.Contains(text[digits])) digits++;
            if (digits > start) return Free(text, start, digits, blocked) && Round(text[start..digits]) ? new TextSpan(start, digits - start) : null;
        }
        return null;
    }

    /// <summary>The unit after a rate's number, if any: where it ends, and whether it says money (块钱, "yuan").</summary>
    private (int End, bool Money) Unit(string text, int from, bool[] blocked)
    {
        var at = from < text.Length && text[from] == ' ' ? from + 1 : from;
        foreach (var (words, money) in new[] { (signs.MoneyUnits, true), (signs.CountUnits, false) })
            foreach (var unit in words)
                if (string.CompareOrdinal(text, at, unit, 0, unit.Length) == 0 && Free(text, at, at + unit.Length, blocked)
                    && (!char.IsAsciiLetter(unit[0]) || WordEnds(text, at + unit.Length)))
                    return (at + unit.Length, money);
        return (from, false);
    }

    /// <summary>A number of more than one: 每1个 and "each 1" are amounts per one.</summary>
    private static bool Round(string number) => number is not ("1" or "一" or "1.0");

    private static int Digits(string text, int from)
    {
        var end = from;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || (end > from && text[end] is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))) end++;
        return end;
    }

    private static bool QuantityEndsAt(List<ConceptMention> mentions, IReadOnlyList<(TextSpan Span, string MetricId)> names, int at) =>
        mentions.Any(m => m.Concepts.Count > 0 && m.Span.End == at) || names.Any(n => n.Span.End == at);

    /// <summary>Where a quantity starts after "the" ("over the number of buyers").</summary>
    private static int AfterArticle(string text, int at) =>
        string.CompareOrdinal(text, at, "the ", 0, 4) == 0 ? at + 4 : at;

    private static bool CountStartsAt(List<ConceptMention> mentions, int at) =>
        mentions.Any(m => m.Span.Start == at && m.Concepts.Contains(ConceptVocabulary.Count));

    private static bool QuantityStartsAt(List<ConceptMention> mentions, IReadOnlyList<(TextSpan Span, string MetricId)> names, int at) =>
        mentions.Any(m => m.Concepts.Count > 0 && m.Span.Start == at) || names.Any(n => n.Span.Start == at);

    /// <summary>Where the quantity before a sign ends: spaces and brackets aside ("(销售额-成本)/").</summary>
    private static int Back(string text, int at)
    {
        while (at > 0 && text[at - 1] is ' ' or '(' or ')') at--;
        return at;
    }

    /// <summary>Where the quantity after a sign starts: spaces and brackets aside.</summary>
    private static int Forward(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '(' or ')') at++;
        return at;
    }

    /// <summary>No character blocked (a time, a value), and a Latin word whole.</summary>
    private static bool Free(string text, int start, int end, bool[] blocked)
    {
        for (var i = start; i < end; i++) if (blocked[i]) return false;
        return !char.IsAsciiLetter(text[start]) || ((start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1])) && WordEnds(text, end));
    }

    /// <summary>A sign that is no letter or ideograph (/, ÷, -).</summary>
    private static bool IsSymbol(string word) => !char.IsAsciiLetter(word[0]) && !TextNormalizer.IsCjk(word[0]);

    /// <summary>Whether an unblocked letter, digit or ideograph stands at <paramref name="at"/>.</summary>
    private static bool WordAt(string text, int at, bool[] blocked) =>
        at >= 0 && at < text.Length && !blocked[at] && (TextNormalizer.IsCjk(text[at]) || char.IsAsciiLetterOrDigit(text[at]));

    private static bool WordEnds(string text, int end) => end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]);

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;
}
