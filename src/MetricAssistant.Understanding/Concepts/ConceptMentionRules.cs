using MetricAssistant.Catalog.Model;
using MetricAssistant.Understanding.Text;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// What <see cref="ConceptReader"/> does with the mentions it read, before anything else reads them: counts ("多少预约",
/// "customer 数量"), events held by a booking ("约了多少人来店"), states left out or counted in ("取消的不算"), and states
/// said not to have happened ("没取消的预约").
/// </summary>
internal sealed class ConceptMentionRules
{
    private readonly Dictionary<string, string[]> phrases;
    private readonly HashSet<string> excludedBefore, excludedAfter, includedBefore, includedAfter, fillers, subjects, states;
    private readonly string[] negatedBefore;
    private readonly HashSet<string> rowStates;

    /// <summary>How many characters (spaces and fillers aside) may stand between an exclusion word and what it governs ("取消的单不算").</summary>
    public const int ExclusionGap = 2;

    /// <summary>How many characters may stand between a booking and the visit it is of ("约了几个人来店": 个 aside, "to").</summary>
    public const int HeldGap = 3;

    /// <summary>The same before the booking word, where English puts a verb between ("visits that were scheduled").</summary>
    public const int HeldGapBefore = 8;

    /// <summary>The longest booking word looked for inside a blocked name ("appointments").</summary>
    public const int HeldNameLength = 16;

    /// <param name="phrases">The reader's phrases (the vocabulary's and the catalog's identifier words).</param>
    /// <param name="subjects">What can be counted: the catalog's subjects and the kinds of people.</param>
    /// <param name="states">The states metrics filter on (paid): a state that is also a subject (a column named for it, paid_amount), said before the rows, is their state.</param>
    /// <param name="rowStates">Every state a metric's rows are in or left out of (paid, cancelled): what a fragment may say of rows.</param>
    public ConceptMentionRules(ConceptVocabulary vocabulary, Dictionary<string, string[]> phrases, HashSet<string> subjects, HashSet<string> states, HashSet<string> rowStates)
    {
        (Vocabulary, this.phrases, this.subjects, this.states, this.rowStates) = (vocabulary, phrases, subjects, states, rowStates);
        excludedBefore = vocabulary.ExcludedBefore.ToHashSet(StringComparer.Ordinal);
        excludedAfter = vocabulary.ExcludedAfter.ToHashSet(StringComparer.Ordinal);
        // Inclusion words take their phrase out of the question as exclusion words do, remembering what they count in.
        includedBefore = vocabulary.IncludedBefore.ToHashSet(StringComparer.Ordinal);
        includedAfter = vocabulary.IncludedAfter.ToHashSet(StringComparer.Ordinal);
        excludedBefore.UnionWith(includedBefore);
        excludedAfter.UnionWith(includedAfter);
        fillers = vocabulary.Fillers.ToHashSet(StringComparer.Ordinal);
        // Longest first: "没有" before "没".
        negatedBefore = [.. vocabulary.NegatedBefore.OrderByDescending(w => w.Length)];
    }

    private ConceptVocabulary Vocabulary { get; }

    /// <summary>
    /// "接了多少预约", "来了几位会员": 多少 / 几 right before what a metric counts asks how many of it, as
    /// "how many appointments" does; the mention takes the count word in. 数量 right after it says the same.
    /// </summary>
    public void CountedSubjects(string text, List<ConceptMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var mention = mentions[k];
            if (!mention.Concepts.Any(subjects.Contains) || mention.Concepts.Contains(ConceptVocabulary.Count)) continue;
            // "appointment数量", "预约的数量": a quantity word right after what is counted is how many of it, not units;
            // so is one after the rows' states typed as fragments between ("预约 未取消 数量").
            var q = k + 1;
            while (q < mentions.Count && IsRowState(mentions[q])) q++;
            if (q < mentions.Count && mentions[q] is var next && IsQuantityWord(next) && OnlyStatesBetween(text, mentions, mention.Span.End, next.Span.Start))
                mentions[q] = next with { Concepts = [ConceptVocabulary.Count] };
            var start = mention.Span.Start;
            // A measure word may stand between: 几位会员, 多少家门店.
            var measure = start >= 1 && text[start - 1] is '个' or '位' or '名' or '家' ? 1 : 0;
            var counted = start - measure;
            var before = counted >= 2 && text.AsSpan(counted - 2, 2).SequenceEqual("多少") ? 2 + measure : counted >= 1 && text[counted - 1] == '几' ? 1 + measure : 0;
            if (before == 0 || (k > 0 && mentions[k - 1].Span.End > start - before)) continue;
            mentions[k] = new ConceptMention(new TextSpan(start - before, mention.Span.Length + before), text.Substring(start - before, mention.Span.Length + before),
                [.. mention.Concepts, ConceptVocabulary.Count]);
        }
    }

    /// <summary>
    /// "customer 数量", "订单的个数": a quantity word right after a metric's name asks how many of it, not for units; so does
    /// one after the rows' states typed as fragments between ("订单 未取消 数量").
    /// </summary>
    public void CountedNames(string text, List<ConceptMention> mentions, IReadOnlySet<int> namedEnds)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (!IsQuantityWord(mentions[k])) continue;
            if (namedEnds.Any(end => end <= mentions[k].Span.Start && OnlyStatesBetween(text, mentions, end, mentions[k].Span.Start)))
                mentions[k] = mentions[k] with { Concepts = [ConceptVocabulary.Count] };
        }
    }

    private static bool IsQuantityWord(ConceptMention mention) => mention.Text is "数量" or "个数" or "数目";

    public bool IsRowState(ConceptMention mention) => mention.Concepts.Count > 0 && mention.Concepts.All(rowStates.Contains);

    /// <summary>
    /// Whether nothing but the rows' states stands between <paramref name="from"/> and <paramref name="to"/>: states read, each
    /// perhaps with its 已 / 未 (<see cref="ConceptVocabulary.StatePrefixes"/>), 的 and spaces; commas only between fragments
    /// that say a state ("订单，已支付，数量"; "销售额，数量" lists two figures).
    /// </summary>
    private bool OnlyStatesBetween(string text, List<ConceptMention> mentions, int from, int to)
    {
        if (to < from) return false;
        var rest = text.ToCharArray(from, to - from);
        var between = mentions.Where(m => m.Span.Start >= from && m.Span.End <= to).ToList();
        foreach (var m in between)
        {
            if (!IsRowState(m)) return false;
            Array.Fill(rest, ' ', m.Span.Start - from, m.Span.Length);
        }
        if (between.Count == 0 && rest.Any(c => c is ',' or '，' or '、')) return false;
        return new string(rest).Split([' ', ',', '，', '、'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('的'))
            .All(w => w.Length == 0 || Vocabulary.StatePrefixes.Contains(w));
    }

    /// <summary>
    /// "约了多少人来店", "booked how many people to come in": what an event is of (a booking's visit), said right after it with
    /// at most a count of people between, is that event; read, it adds no concept (no visitors are asked for).
    /// </summary>
    public void HeldEvents(string text, List<ConceptMention> mentions, bool[] blocked)
    {
        LaterEvents(text, mentions, blocked);
        for (var k = 0; k < mentions.Count; k++)
        {
            var held = mentions[k].Concepts.Where(Vocabulary.Holds.ContainsKey).SelectMany(c => Vocabulary.Holds[c]).ToHashSet(StringComparer.Ordinal);
            if (held.Count == 0) continue;
            var next = k + 1;
            var from = mentions[k].Span.End;
            // 多少人 / "how many people" between: who the event is of, not a thing of its own.
            if (next < mentions.Count && mentions[next].Concepts.Count > 0 && mentions[next].Concepts.All(c => c is ConceptVocabulary.People or ConceptVocabulary.Count)
                && Gap(text, from, mentions[next].Span.Start) <= HeldGap)
                from = mentions[next++].Span.End;
            bool Held(ConceptMention m) => m.Concepts.Count > 0 && m.Concepts.All(c => held.Contains(c) || c == ConceptVocabulary.People);
            if (next < mentions.Count && Held(mentions[next]) && Gap(text, from, mentions[next].Span.Start) <= HeldGap)
                mentions[next] = mentions[next] with { Concepts = [] };
            // "visits that were scheduled", "到店预约": the visit said right before the booking word is the booked one too.
            else if (k > 0 && Held(mentions[k - 1]) && Gap(text, mentions[k - 1].Span.End, mentions[k].Span.Start) <= HeldGapBefore)
                mentions[k - 1] = mentions[k - 1] with { Concepts = [] };
        }
    }

    /// <summary>
    /// "of the bookings …, how often did the visit end in a purchase": an event word ("the visit", 来店) said anywhere after a
    /// word holding it (a booking, read here or taken as a metric's name) is the booked event, adding no concept.
    /// </summary>
    public void LaterEvents(string text, List<ConceptMention> mentions, bool[] blocked)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (!Vocabulary.Events.Contains(mentions[k].Text) || mentions[k].Concepts.Count == 0) continue;
            var concepts = mentions[k].Concepts;
            bool Holding(IEnumerable<string> said) => said.Any(c => Vocabulary.Holds.TryGetValue(c, out var held) && concepts.All(e => held.Contains(e) || e == ConceptVocabulary.People));
            var before = mentions.Take(k).Any(m => Holding(m.Concepts));
            // A name taken before reading ("bookings" → appointments) is blocked, beside a blocked time perhaps ("last
            // quarter's bookings"): a phrase inside the blocked text may still hold the event.
            for (var i = 0; i < mentions[k].Span.Start && !before; i++)
            {
                if (!blocked[i] || !StartsWord(text, i)) continue;
                for (var end = i + 1; end <= mentions[k].Span.Start && end - i <= HeldNameLength && blocked[end - 1] && !before; end++)
                    before = (end == text.Length || !IsLatin(text[end]) || !IsLatin(text[end - 1]))
                        && phrases.TryGetValue(text[i..end], out var named) && Holding(named);
            }
            if (before) mentions[k] = mentions[k] with { Concepts = [] };
        }
    }

    private static bool StartsWord(string text, int i) => i == 0 || !IsLatin(text[i]) || !IsLatin(text[i - 1]);

    /// <summary>
    /// A state the question leaves out is not one it asks for: "取消的不算", "leaving out cancelled", "paid or not"
    /// keep their span (it was read) but add no concept.
    /// </summary>
    public void Exclude(string text, List<ConceptMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var word = mentions[k];
            if (word.Concepts.Count > 0) continue;
            // A word said either way ("不算取消的", "取消的不算") governs the phrase after it when one is close, else the one before.
            var target = -1;
            if (excludedBefore.Contains(word.Text) && k + 1 < mentions.Count && mentions[k + 1].Concepts.Count > 0 && Gap(text, word.Span.End, mentions[k + 1].Span.Start) <= ExclusionGap)
                target = k + 1;
            else if (excludedAfter.Contains(word.Text) && k > 0 && mentions[k - 1].Concepts.Count > 0 && PointedGap(text, mentions[k - 1].Span.End, word.Span.Start) <= ExclusionGap)
                target = k - 1;
            if (target < 0) continue;
            var including = target > k ? includedBefore.Contains(word.Text) : includedAfter.Contains(word.Text);
            mentions[target] = including
                ? mentions[target] with { Concepts = [], Included = mentions[target].Concepts, IncludedUnhappened = Unhappened(text, mentions[target]) }
                : mentions[target] with { Concepts = [], Excluded = mentions[target].Concepts };
            // "including unpaid orders": the rows said right after the state counted in go with it.
            if (including && target > k && target + 1 < mentions.Count && mentions[target + 1].Concepts is { Count: > 0 } rows && rows.All(subjects.Contains) && Gap(text, mentions[target].Span.End, mentions[target + 1].Span.Start) == 0)
                mentions[target + 1] = mentions[target + 1] with { Concepts = [], Included = rows };
            // "cancelled orders left out": the state said just before what is left out goes with it.
            if (target < k && target > 0 && mentions[target - 1].Concepts.Count > 0 && !mentions[target - 1].Concepts.Any(c => subjects.Contains(c) && !states.Contains(c))
                && Gap(text, mentions[target - 1].Span.End, mentions[target].Span.Start) == 0)
                mentions[target - 1] = including
                    ? mentions[target - 1] with { Concepts = [], Included = mentions[target - 1].Concepts, IncludedUnhappened = Unhappened(text, mentions[target - 1]) }
                    : mentions[target - 1] with { Concepts = [], Excluded = mentions[target - 1].Concepts };
        }
    }

    /// <summary>
    /// "取消了的那些莫算", "取消咗嗰啲唔好計": the state's own particle (了) and words pointing back at its rows (那些) stand between a
    /// state and the word leaving it out without putting anything else between them.
    /// </summary>
    private int PointedGap(string text, int from, int to)
    {
        if (to <= from) return 0;
        var between = Vocabulary.RowPointers.Aggregate(text[from..to], (rest, w) => w.All(IsLatin) ? rest : rest.Replace(w, " ", StringComparison.Ordinal));
        return Gap(between, 0, between.Length);
    }

    /// <summary>"没取消的预约", "orders that weren't paid": a phrase right after a negation word is said not to have happened.</summary>
    public void Negate(string text, List<ConceptMention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Concepts.Count == 0 || mentions[k].Concepts.Any(ConceptVocabulary.Shapes.Contains)) continue;
            if (Unhappened(text, mentions[k])) mentions[k] = mentions[k] with { Negated = true };
        }
    }

    /// <summary>Whether the mention is said not to have happened: a negation word before it, or its own ("unpaid").</summary>
    private bool Unhappened(string text, ConceptMention mention) => NegatedAt(text, mention.Span.Start) || Vocabulary.NegatedWords.Contains(mention.Text);

    /// <summary>
    /// "appointments not cancelled", "orders never paid": a negation word right after what is counted (its name or a subject
    /// read) says the rows' state after it did not happen; anywhere else it may rule a definition out ("not paid GMV").
    /// </summary>
    public void NegateAfterRows(string text, List<ConceptMention> mentions, IReadOnlySet<int>? namedEnds)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            if (mentions[k].Negated || !IsRowState(mentions[k])) continue;
            var before = text[..mentions[k].Span.Start].TrimEnd();
            var word = Vocabulary.NegatedAfterRows.FirstOrDefault(w => before.EndsWith(w, StringComparison.OrdinalIgnoreCase)
                && (before.Length == w.Length || !IsLatin(before[before.Length - w.Length - 1])));
            if (word is null) continue;
            var rowsEnd = before[..^word.Length].TrimEnd().Length;
            if (rowsEnd == 0) continue;
            var rows = namedEnds?.Contains(rowsEnd) == true
                || k > 0 && mentions[k - 1].Span.End == rowsEnd && mentions[k - 1].Concepts.Any(c => subjects.Contains(c) && !states.Contains(c));
            if (rows) mentions[k] = mentions[k] with { Negated = true };
        }
    }

    /// <summary>Whether a negation word stands right before <paramref name="start"/>.</summary>
    private bool NegatedAt(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        foreach (var word in negatedBefore)
        {
            if (!before.EndsWith(word, StringComparison.Ordinal)) continue;
            // A Latin word ends at a word's start: "cannot" is no "not".
            if (IsLatin(word[0]) && !word.StartsWith("n'", StringComparison.Ordinal) && before.Length > word.Length && IsLatin(before[before.Length - word.Length - 1])) continue;
            return true;
        }
        return false;
    }

    /// <summary>The characters between two phrases, spaces and filler words aside.</summary>
    public int Gap(string text, int from, int to)
    {
        if (to <= from) return 0;
        var between = text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !fillers.Contains(w));
        return between.Sum(w => fillers.Aggregate(w, (rest, f) => f.Length == 1 && !IsLatin(f[0]) ? rest.Replace(f, "", StringComparison.Ordinal) : rest).Length);
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';
}
