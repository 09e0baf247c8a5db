using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>A definition ruled out by describing it: "不是按付款算的", "not the one that counts orders when they are placed".</summary>
public sealed partial class NegatedVariants
{
    /// <summary>How far after a negation a Chinese description may start ("不是按付款算的").</summary>
    private const int DescribedWithin = 4;

    /// <summary>How far after a negation an English description may reach ("not the version based on when customers paid").</summary>
    private const int DescribedReach = 48;

    // Words saying how a figure is counted, which may stand between a negation and what describes the definition.
    private static readonly HashSet<string> Glue = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "one", "ones", "version", "versions", "number", "numbers", "figure", "figures", "definition", "metric",
        "that", "which", "it", "they", "them", "is", "are", "was", "were", "when", "by", "based", "on", "upon", "at", "go", "goes",
        "going", "count", "counts", "counted", "counting", "use", "uses", "using", "take", "takes", "taking", "subtract", "subtracts",
        "deduct", "deducts", "remove", "removes", "calculated", "computed", "measured", "booked", "recorded", "of", "their", "its", "once", "as", "soon", "base", "basing",
        "what", "we", "our", "got", "had", "have",
    };

    // "按付款时间", "payment date": the time word after a description belongs to it.
    // "visitors-based": so is "based" after it.
    private static readonly string[] TimeTails = ["时间", "日期", "time", "date", "dates", "timing", "based"];

    /// <summary>The variant a description right after a negation names, when only it in its family has what is described.</summary>
    private (string Id, int End)? Described(string text, int start)
    {
        if (maxPhrase == 0) return null;
        var clauseEnd = text.IndexOfAny(DefinitionPhrases.ClauseEnds, start) is var e and >= 0 ? e : text.Length;
        // "不是门店预约那个": values of slices said within the description, kept only if the variant described has no such slice.
        var sliceWords = new List<string>();
        for (var at = start; at < clauseEnd;)
        {
            while (at < clauseEnd && text[at] is ' ' or '-') at++;
            if (at >= clauseEnd || IsLatin(text[at]) && at - start > DescribedReach || !IsLatin(text[at]) && at - start > DescribedWithin) break;
            if (PhraseAt(text, at) is { } phrase)
            {
                // "not what customers ordered": who did it only says whose action the description is; read on.
                if (IsSubject(text, at, phrase.Said))
                {
                    at = phrase.End;
                    continue;
                }
                // "不算取消的": a state some variant leaves out describes that variant's own rows; no variant is ruled out.
                if (phrase.Said.Any(excludedStates.Contains)) return null;
                // "按付款算的" tells paid GMV and paid orders apart from their siblings: the family asked decides which.
                var ids = OfSaidFamily(phrase.Said.Where(conceptVariants.ContainsKey).SelectMany(c => conceptVariants[c]), text, start);
                if (ids.Count == 0) ids = OfSaidFamily(NamedBy(phrase.Said), text, start);
                if (ids is [var only]) return Unsliceable(only, sliceWords) ? (only, TimeTail(text, phrase.End)) : null;
                // "the one that counts orders when they are placed": an English word more variants share says nothing yet; read on.
                if (!IsLatin(text[at])) return null;
                at = phrase.End;
                continue;
            }
            // Only words saying how a figure is counted may stand between ("按", "只算", "the", "based on"): "除了天猫的券后GMV" rules out Tmall
            // (a slice GMV has); so may a slice's value the variant described cannot have (门店 of appointments, checked when it is read).
            if (ValueAt(text, at) is { } value)
            {
                sliceWords.AddRange(value.Dimensions);
                at = value.End;
                continue;
            }
            if (IsLatin(text[at]))
            {
                var end = at;
                while (end < text.Length && (IsLatin(text[end]) || text[end] == '\'')) end++;
                if (!Glue.Contains(text[at..end])) break;
                at = end;
            }
            else if ("按照算只用是那个的扣看已".Contains(text[at])) at++;
            else break;
        }
        return null;
    }

    /// <summary>Whether the phrase at <paramref name="at"/> only says who acted ("customers", "people"): English people, after a relative word.</summary>
    /// ("not the visitors-based one": after no relative word, the subject describes the definition.)
    private bool IsSubject(string text, int at, string[] said) =>
        IsLatin(text[at]) && RelativeBefore().IsMatch(text[..at]) && said.Contains(ConceptVocabulary.People)
        && said.All(c => subjects.Contains(c) || c == ConceptVocabulary.People);

    [GeneratedRegex(@"\b(what|that|which|whatever)\s+(the\s+|our\s+)?$")]
    private static partial Regex RelativeBefore();

    /// <summary>"not what customers ordered": where the words after a leading subject start, or null when none leads.</summary>
    private int? AfterSubject(string text, int at) =>
        at < text.Length && PhraseAt(text, at) is { } phrase && IsSubject(text, at, phrase.Said) ? SkipFillers(text, phrase.End) : null;

    /// <summary>Of the variants sharing what is described, the one whose own name says it ("placed" of 下单GMV, not of net GMV).</summary>
    private List<string> NamedBy(string[] said)
    {
        var told = said.Where(c => !subjects.Contains(c)).ToList();
        return [.. variantConcepts.Where(v => told.Any(v.Value.Contains) && told.Any(namedConcepts[v.Key].Contains)).Select(v => v.Key)];
    }

    /// <summary>The longest vocabulary phrase at <paramref name="at"/> that carries concepts, whole words for Latin ones.</summary>
    private (string[] Said, int End)? PhraseAt(string text, int at)
    {
        for (var length = Math.Min(maxPhrase, text.Length - at); length >= 1; length--)
        {
            var end = at + length;
            if (IsLatin(text[end - 1]) && end < text.Length && IsLatin(text[end])) continue;
            if (vocabulary.Phrases.TryGetValue(text.Substring(at, length), out var said) && said.Length > 0) return (said, end);
        }
        return null;
    }

    private static int TimeTail(string text, int at)
    {
        var from = at;
        while (from < text.Length && text[from] is ' ' or '-') from++;
        foreach (var tail in TimeTails)
            if (text.AsSpan(from).StartsWith(tail, StringComparison.Ordinal) && !(IsLatin(tail[^1]) && from + tail.Length < text.Length && IsLatin(text[from + tail.Length])))
                return from + tail.Length;
        return at;
    }
}
