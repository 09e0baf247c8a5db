using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Words asking for the value at the end of a period: 月末 / 月底 / 季末 / 年底 / 期末 / 截至…底, "as of",
/// "at the end of", "month-end". Only the end word is taken: "上个月末" leaves "上个月" for the time reader,
/// so the period is read as any other and the query asks for its end. 月底 / 年底 ending a range (年中到年底)
/// are left to the time reader: there they are a date, not a moment to read a value at.
/// </summary>
public static partial class PeriodEndWords
{
    /// <summary>One end word; <see cref="AsOf"/> for "截至" / "as of", which also mean "up to" of a flow and then say nothing to add.</summary>
    public sealed record Mention(int Start, int Length, string Text, bool AsOf)
    {
        /// <summary>"到目前为止", "截至现在", "as of today": up to now, the to-date range's end rather than a period's end.</summary>
        public bool ToNow { get; init; }
    }

    // What an "up to" word reaches when it reaches now: 到目前为止, 截至现在, 截止到今天, "as of now", "as of today".
    [GeneratedRegex(@"^\s*(?:目前|现在|当前|今天|今日|此刻|眼下)|^\s*(?:right\s+)?(?:now|today|date|this point)(?![a-z])")]
    private static partial Regex Now();

    // 末/底 right after a period word (上个月末, 6月底, 去年底, 季度末), and 期末 on its own; never 周末 (a weekend).
    // Not the end of a range (年中到年底, 6月1日至月末: the time reader's boundary, a date); 截至年底 / 截止到月底 stay.
    [GeneratedRegex(@"(?<=(?<period>月|季|季度|年|(?<![a-z])[qh][1-4]))(?<!(?<=[^\s截止])\s*(?:到|至)[^到至，,。；;？?！!\s]{0,10}[月年])(末|底)|期末")]
    private static partial Regex ChineseEnd();

    [GeneratedRegex(@"\b((at|by) the end of|(at )?the end of|end of|end-of)\b|\b(month|quarter|year|period)[- ]end\b")]
    private static partial Regex EnglishEnd();

    // "到2025年3月为止": 为止 closes an "up to" as 截至 opens one.
    [GeneratedRegex(@"截至|截止到?|(?<=到[^，,。；;？?！!到]{1,12})为止|\bas (of|at)\b")]
    private static partial Regex AsOfWord();

    // "… to (the end of)", "through", "until" — not "up to", which is "as of"
    [GeneratedRegex(@"(?<!\bup )\b(to|through|thru|until|till) $")]
    private static partial Regex RangeEndBefore();

    // "(the end of) the year", "this month"
    [GeneratedRegex(@"^ (the|this) (year|month)\b")]
    private static partial Regex YearOrMonthAfter();

    public static IReadOnlyList<Mention> Find(string text)
    {
        var found = new List<Mention>();
        // Only 末 is taken from 月末 (月 stays with the period), but the word the asker said is 月末.
        foreach (Match m in ChineseEnd().Matches(text)) found.Add(new Mention(m.Index, m.Length, m.Groups["period"].Value + m.Value, false));
        foreach (Match m in EnglishEnd().Matches(text))
        {
            // "from mid-year to the end of the year": a range's end, the time reader's boundary.
            if (RangeEndBefore().IsMatch(text.AsSpan(0, m.Index)) && YearOrMonthAfter().IsMatch(text.AsSpan(m.Index + m.Length))) continue;
            found.Add(new Mention(m.Index, m.Length, m.Value, false));
        }
        foreach (Match m in AsOfWord().Matches(text))
            found.Add(new Mention(m.Index, m.Length, m.Value, true) { ToNow = ReachesNow(text, m) });
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Whether an "up to" word reaches now: what 为止 closes after 到, or what 截至 / "as of" opens.</summary>
    private static bool ReachesNow(string text, Match m)
    {
        if (m.Value != "为止") return Now().IsMatch(text.AsSpan(m.Index + m.Length));
        var to = text.LastIndexOf('到', m.Index);
        return to >= 0 && Now().IsMatch(text.AsSpan(to + 1, m.Index - to - 1));
    }

    /// <summary>The text with the end words blanked (same length, so positions keep their meaning).</summary>
    public static string Blank(string text, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var m in mentions) Array.Fill(chars, ' ', m.Start, m.Length);
        return new string(chars);
    }
}
