using System.Text.RegularExpressions;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Words that are no part of the question's structure: what the figure is for ("need it for the weekly sync", "for Monday's
/// standup", "周会要用", "月度例会上要用") and figures of speech for "what was the figure" ("where did we land on", "where did we
/// end up on", "最后落在多少") and a structure ruled out ("不要 trend", "not quarter-end"). A grain, a day or a ranking word inside them ("weekly", "Monday's", 月度) asks nothing: they are
/// blanked before any reader runs, as filler the answer need not name.
/// </summary>
public static partial class AsideWords
{
    // A meeting, report or deck the figure is wanted for, with its lead-in: ", need it for the weekly sync", "for Monday's standup",
    // "for the monthly business review", "ahead of tomorrow's board meeting". The time of that event is the event's, not the
    // question's: "for the meeting tomorrow with the board", "for the people review I'm putting together for the offsite next
    // month", "for the call next week" are blanked whole, so the period asked is the other one said (or the metric's own).
    [GeneratedRegex(@"[,;:\-–—(]?\s*(?:(?:i|we)\s+)?(?:(?:need|want|needed|wanted)\s+(?:(?:it|this|these|them|the numbers?|the figures?)\s+)?|(?:it'?s|this is|that'?s)\s+)?(?:for|ahead of|before|in|to prep for|to prepare for)\s+(?:(?:the|our|my|this|next|tomorrow'?s|today'?s|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'?s?|this week'?s|next week'?s|next month'?s|next quarter'?s)\s+)?(?:(?:weekly|monthly|daily|quarterly|annual|yearly|biweekly|board|team|leadership|exec|executive|management|ops|sales|business|all-hands|regional|morning|people|hr|finance|budget|planning|strategy|investor|staff|performance|pipeline)\s+)*(?:sync|syncs|standup|stand-up|meeting|review|report|deck|call|huddle|catch-up|catchup|presentation|all-hands|offsite|off-site|one-on-one|1:1|check-in|retro|qbr|mbr|wbr|briefing|workshop|town hall|townhall|session|pitch)(?![a-z0-9])(?:\s+(?:i'?m|i am|we'?re|we are)\s+(?:putting together|preparing|prepping|doing|having|running|giving|writing|building)(?:\s+for\s+(?:the|our|my)\s+(?:[a-z-]+\s+){0,2}?(?:sync|syncs|standup|stand-up|meeting|review|report|deck|call|huddle|catch-up|catchup|presentation|all-hands|offsite|off-site|one-on-one|1:1|check-in|retro|qbr|mbr|wbr|briefing|workshop|town hall|townhall|session|pitch)(?![a-z0-9]))?)?(?:\s+(?:tomorrow|today|tonight|this\s+(?:morning|afternoon|evening|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next\s+(?:week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later\s+(?:today|this\s+week)|with\s+(?:the\s+|our\s+|my\s+)?[a-z-]+)(?![a-z0-9])){0,3}\s*\)?")]
    private static partial Regex EnglishPurpose();

    // 周会要用 / 月度例会上要用 / 为明天的周会准备 / 给周例会用 / 周报里要用: a meeting (or a report with a use word) the figure is for;
    // 明天开会要用 / 给下个月复盘用 / 下周汇报用的: the time of the event is the event's, blanked with it.
    [GeneratedRegex(@"[，,；;]?\s*(?:(?:为了|为|给|准备|拿去|用于|用在|要在|在)\s*)?(?:(?:明天|今天|后天|明早|明晚|今晚|下午|上午|晚上|下下?周[一二三四五]?|周[一二三四五]|本周|这周|下个?月|下个?季度|月底|年底|周末)\s*的?\s*)?(?:(?:周|月|季度?|年)度?(?:例会|会议|会)|例会|会议|开会|晨会|早会|复盘会|复盘|经营会|董事会|汇报会|汇报|述职|路演|(?:周|月|日|季)报(?=\s*(?:里|上|中)?\s*(?:要用|用|需要|准备)))\s*(?:上|里|中)?\s*(?:要用|用的|用|需要用?|准备|汇报|讲|要|备用)+")]
    private static partial Regex ChinesePurpose();

    // A structure ruled out: "不要 trend", "不用同比也不用环比", "不要 monthly trend", "not quarter-end", "no yoy", "without the monthly
    // breakdown": the trend, comparison or period end it names is not asked, so its word must reach no reader.
    [GeneratedRegex(@"(?:不要|不用|别|不需要|无需|用不着|不必)\s*(?:给我?|看|拆|做|加|按)?\s*(?:(?:按|每)?(?:月|周|天|日)的?|monthly|weekly|daily)?\s*(?:trend|趋势图?|走势|同比|环比|yoy|mom|qoq|wow|期末|月末|季末|年末|月底|季度末)" +
        @"|(?<![a-z])(?:no|not|don't need|do not need|without|skip the|no need for)\s+(?:a\s+|the\s+|any\s+)?(?:(?:monthly|weekly|daily)\s+)?(?:trend|trendline|breakdown|yoy|mom|year[- ]over[- ]year|month[- ]over[- ]month|quarter[- ]end|month[- ]end|year[- ]end|period[- ]end)(?![a-z])")]
    private static partial Regex RuledOutStructure();

    // "where did we land on", "where did GMV land", "where did we end up (on|with)", "where do we stand on", "where did paid orders
    // come in"; 最后落在 / 最终落在.
    // Only the frame is blanked: "where did refund rate land" keeps its metric.
    [GeneratedRegex(@"(?<a>\bwhere\s+(?:did|do|does|are|will|have))\s+(?:we|it|things|they|(?:[a-z]+\s+){0,2}[a-z]+)\s+(?<b>(?:land(?:ing|ed)?|end(?:ing|ed)? up|come (?:out|in)|came (?:out|in)|finish(?:ed)?|stand(?:ing)?)(?:\s+(?:on|with|for|at))?)(?![a-z])|(?<a>(?:最后|最终|最终是)?落在)(?=\s*(?:多少|哪|什么))")]
    private static partial Regex FigureOfSpeech();

    /// <summary>The text with its aside words blanked (same length, so positions keep their meaning).</summary>
    public static string Blank(string text)
    {
        var chars = text.ToCharArray();
        foreach (var regex in (Regex[])[EnglishPurpose(), ChinesePurpose(), RuledOutStructure()])
            foreach (Match m in regex.Matches(text))
                Array.Fill(chars, ' ', m.Index, m.Length);
        foreach (Match m in FigureOfSpeech().Matches(text))
            foreach (var group in (Group[])[m.Groups["a"], m.Groups["b"]])
                if (group.Success) Array.Fill(chars, ' ', group.Index, group.Length);
        return new string(chars);
    }
}
