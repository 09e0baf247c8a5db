using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Two periods set against each other ("orders in Q2 2025 vs Q1", "昨天的GMV vs 前天", "五月的订单跟四月比", "compared to
/// April, how did May do", "相比四月，五月…"): the period asked is compared with the other as its base. When the base is
/// the period just before the one asked, that is a comparison with the previous period; a year before, year over year.
/// Any other pair is no comparison the query can run: it is returned without one, so that the answer names the words.
/// </summary>
public static partial class PeriodVersusPeriod
{
    /// <summary>The period asked, how it is compared (null: with a base the query cannot compare), and the words
    /// linking the two periods with the base period itself (<paramref name="Start"/>, <paramref name="Length"/>).</summary>
    public sealed record Contrast(DateRange Range, Comparison? Compare, int Start, int Length);

    private const string EnglishLink = @"(vs\.?|versus|compared (to|with|against)|compare[sd]? (it |that |this )?(to|with|against)|comparing (it |that |this )?(to|with|against)|relative to|(measured |stacked |stacks |set |held )?(up )?against|next to|as against)";

    // "compared with the same months of 2024", "vs the same weeks in 2024": the asked period's own parts, in the year said after.
    private const string SameParts = @"(same\s+(months?|weeks?|days?|dates?|quarters?|period|stretch)\s+(of|in)\s+)?";

    [GeneratedRegex(SameParts + @"$")]
    private static partial Regex SamePartsAtEnd();

    // "May vs April", "5月对比4月", "march gmv compare to february", "五月的gmv对上四月": the asked period, then the base.
    [GeneratedRegex(@"^\s*(的\s*|'s\s+)?[\p{IsCJKUnifiedIdeographs}a-z\s]{0,16}?\s*(?<link>" + EnglishLink + @"|对比|相比于?|相较于?|比较|对上|比起|比|对)\s*(the\s+|with\s+)?" + SameParts + @"$")]
    private static partial Regex Between();

    // "10月的退款跟去年10月比", "和上个月对比一下", "3月的客单价，跟去年3月比一下" (a comma before the joiner), "搭上个月比比看"
    // (Shanghainese 搭 is 跟): the joining word before the second period, the comparison word after it.
    [GeneratedRegex(@"^\s*(的\s*)?[\p{IsCJKUnifiedIdeographs}a-z\s]{0,12}?[,，]?\s*(?<link>跟|和|与|同|搭)\s*$")]
    private static partial Regex WithBetween();

    // "…跟四月比", "五月和四月的gmv对比一下", "跟四月比比看", "和四月相比呢": the comparison word after the second period, a
    // metric's name or 的 between; the particles people add (一下, 看看, 呢) are read with it, longest first; code-switched "跟Q1 compare 一下".
    [GeneratedRegex(@"^\s*(的|那个月|那时候|同期)?\s*([\p{IsCJKUnifiedIdeographs}a-z]{0,8}?\s*)?(对比一下|对比看看|对比|相比呢|相比|比较一下|比较|比一比|比一下|比比看|比比|比呢|比|pk|compare\s*一下|compare(?![a-z])|比对)")]
    private static partial Regex CompareAfter();

    // "compared to April, how did May do", "跟四月比，五月…", "相比上周，这周…", "比起上周，这周…": the base said first.
    [GeneratedRegex(@"(?<![a-z])(" + EnglishLink + @"|(跟|和|与|同)|相比于?|相较于?|对比|比起|较之)\s*$")]
    private static partial Regex LeadBefore();

    // Between the base said first and the period asked: its comparison word (跟四月比) and a clause break.
    [GeneratedRegex(@"^\s*(的)?\s*(相比|比较|对比|比|来说|而言|来看)?\s*[,，;；:：]\s*[\p{IsCJKUnifiedIdeographs}a-z\s']{0,24}?$")]
    private static partial Regex BaseFirstGap();

    [GeneratedRegex(@"^\s*(的)?\s*(相比|比较|对比|比)")]
    private static partial Regex ChineseCompareWord();

    // What the period asked is said with before a comparison clause of its own: its metric, place and values, code-switched
    // ("Q2 华东 region 的 GMV, 跟 Q1 compare 一下", "Q3 paid orders on the mini program — and how that stacks up against Q2"),
    // and one short clause between ("第二季度华东的金额，按渠道分，并与第一季度比较"); the clause break and the comparison
    // word after the base are what make it a comparison, so the words before it may be as long as a question's head.
    private const string AskedWords = @"[\p{IsCJKUnifiedIdeographs}a-z0-9\s'-]{0,48}?\s*";
    private const string ClauseWords = @"[\p{IsCJKUnifiedIdeographs}a-z0-9\s'-]{1,24}?";

    // "visitors by channel for August, and how that compares with July", "units sold in Q3 — how does it stack up against Q2?",
    // "for June 2025, and how it moved against June 2024" (a movement against the base is its comparison),
    // "10月的，再对比一下9月": the base named in a clause of its own after the period asked (a break, then the comparison); one short
    // clause may stand between ("for May, excluding JD, and how it compares with April").
    [GeneratedRegex(@"^\s*(的\s*|'s\s+)?" + AskedWords + @"([,，]\s*" + ClauseWords + @")?\s*[,，;；:：—–-]+\s*((and|then|also|plus|so|再|然后|并且?|同时|顺便|另外|也)\s*)*((how|what)\s+(does|do|did|is|was|are|were|has|about)\s+(it|that|this|they|those|these|them)\s+|how\s+(it|that|this|they)\s+|(it|that|this|they)\s+)?"
        + @"(?<link>(stack(s|ed)?|measure(s|d)?|hold(s)?|compare(s|d)?|fare(s|d)?|do(es)?|did|look(s|ed)?|come(s)?|move(s|d)?|went|go(es)?|change(s|d)?|shift(s|ed)?|track(s|ed)?)\s+(up\s+)?(against|to|with|next\s+to|vs\.?|versus|relative\s+to|compared\s+(to|with))|" + EnglishLink + @"|对比(一下)?|比较(一下)?|比一比|比一下|相比|比起)\s*(the\s+|with\s+)?" + SameParts + @"$")]
    private static partial Regex TrailingClause();

    // "10月的毛利率，再跟9月比较一下", "6月的订单数；然后和5月比比看": a clause break and a joining word before the base, the
    // comparison word after it.
    [GeneratedRegex(@"^\s*(的\s*)?" + AskedWords + @"([,，]\s*" + ClauseWords + @")?\s*[,，;；:：—–-]\s*(再|然后|并且?|同时|顺便|另外|也)*\s*(?<link>跟|和|与|同|搭)\s*$")]
    private static partial Regex TrailingWith();

    // "compare May 2025's refunds with May 2024's", "comparing Q2's orders to Q1": the verb before the period asked, the
    // joining word before the base.
    [GeneratedRegex(@"(?<![a-z])compar(?:e[sd]?|ing)\s+(?:the\s+)?$")]
    private static partial Regex VerbBefore();

    [GeneratedRegex(@"^\s*('s\s+|的\s*)?[a-z\s]{0,24}?(?<link>(?<![a-z])(?:with|to|against|and))\s+(the\s+)?$")]
    private static partial Regex JoinBetween();

    /// <returns>The two periods set against each other, or null when the question sets none.</returns>
    public static Contrast? Find(string text, TimeResolution timing)
    {
        var mentions = timing.Mentions.OrderBy(m => m.Start).ToList();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (first, second) = (mentions[i], mentions[i + 1]);
            var end = first.Start + first.Length;
            if (second.Start < end) continue;
            var after = second.Start + second.Length;
            var gap = text[end..second.Start];
            // "the same months of 2024": the period asked moved into the year said, not that whole year.
            var sameParts = SamePartsAtEnd().Match(gap).Length > 0 ? InYearOf(first.Range, second.Range) : second.Range;
            if (Between().Match(gap) is { Success: true } between)
                return Compared(first.Range, sameParts, end + between.Groups["link"].Index, after);
            if (VerbBefore().Match(text[..first.Start]) is { Success: true } verb && JoinBetween().IsMatch(gap))
                return Compared(first.Range, second.Range, verb.Index, after);
            if (WithBetween().Match(gap) is { Success: true } with && CompareAfter().Match(text[after..]) is { Success: true } word)
                return Compared(first.Range, second.Range, end + with.Groups["link"].Index, after + word.Index + word.Length);
            // Said in a clause after the period asked, a base without a year of its own is of the asked period's year ("August, and
            // how that compares with July": the July before that August).
            var againstBase = sameParts != second.Range ? sameParts : YearOfAsked(first.Range, second.Range, text.Substring(second.Start, Math.Min(second.Length, text.Length - second.Start)));
            if (TrailingClause().Match(gap) is { Success: true } clause)
                return Compared(first.Range, againstBase, end + clause.Index, after);
            if (TrailingWith().Match(gap) is { Success: true } clauseWith && CompareAfter().Match(text[after..]) is { Success: true } clauseWord)
                return Compared(first.Range, againstBase, end + clauseWith.Index, after + clauseWord.Index + clauseWord.Length);
            // A bare 跟 / 和 before the base ("跟四月比，") needs its comparison word after it: "和四月，五月" lists two periods.
            if (LeadBefore().Match(text[..first.Start]) is { Success: true } lead && BaseFirstGap().IsMatch(gap)
                && (lead.Value.Trim() is not ("跟" or "和" or "与" or "同") || ChineseCompareWord().IsMatch(gap)))
            {
                var said = ChineseCompareWord().Match(gap);
                return Compared(second.Range, first.Range, lead.Index, said.Success ? end + said.Index + said.Length : end);
            }
        }
        return null;
    }

    private static Contrast Compared(DateRange asked, DateRange against, int start, int end)
    {
        var compare = against == Before(asked) ? Comparison.Pop
            : against == new DateRange(asked.Start.AddYears(-1), asked.End.AddYears(-1)) ? Comparison.Yoy
            : (Comparison?)null;
        return new Contrast(asked, compare, start, end - start);
    }

    [GeneratedRegex(@"年|(?<![a-z])(year|yr|ly)(?![a-z])|[0-9]{4}|'[0-9]{2}")]
    private static partial Regex YearWord();

    /// <summary>A base later than the period asked, said with no year: the same period in the asked one's year.</summary>
    private static DateRange YearOfAsked(DateRange asked, DateRange against, string words) =>
        against.Start >= asked.End && against.IsWholeMonths && !YearWord().IsMatch(words) && against.Start.Year > asked.Start.Year
            ? new DateRange(against.Start.AddYears(asked.Start.Year - against.Start.Year), against.End.AddYears(asked.Start.Year - against.Start.Year))
            : against;

    private static DateRange InYearOf(DateRange asked, DateRange year) =>
        new(asked.Start.AddYears(year.Start.Year - asked.Start.Year), asked.End.AddYears(year.Start.Year - asked.Start.Year));

    private static DateRange Before(DateRange range) => range.IsWholeMonths
        ? new DateRange(range.Start.AddMonths(-range.Months), range.Start)
        : new DateRange(range.Start.AddDays(-range.Days), range.Start);
}
