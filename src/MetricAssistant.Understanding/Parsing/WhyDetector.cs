using System.Text.RegularExpressions;
using MetricAssistant.Understanding.Coverage;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// "为什么GMV降了", "GMV为啥跌了", "why did refunds go up": a question about a change. It is answered with
/// the change and where it came from (which values of the main dimensions moved), never with a cause. English words end at
/// any non-Latin character ("why比上个月涨了"), not at a word boundary, which a Chinese character is not.
/// </summary>
public static partial class WhyDetector
{
    // 怎么 / 咋 ask why only before a movement or a comparison ("怎么少了这么多", "咋又跌了", "怎么比8月还低"), not "怎么样".
    // Dialect whys ask the same: 为么子 / 为啥子 (Hunan, Sichuan), 怎么搞的 / 咋整的 ("how did it come to this"), 点解 (Cantonese),
    // and 咋这么 / 怎么那么 before an amount ("咋这么多"); "咋整" alone asks what to do, "怎么算的" how a number is made.
    [GeneratedRegex(@"为什么|为啥子|为啥|为么子|为何|怎么会|咋会|怎么回事|咋回事|咋个回事|(怎么|咋|咋个)(搞|整|弄)的|点解|(怎么|咋)(这么|那么)(?=多|少|高|低|差)|什么原因|啥原因|原因是什么|(怎么|咋)(就|又|还|突然|一下子)*(?=比|下降|上升|降低|减少|下滑|下跌|上涨|暴涨|暴跌|大跌|大涨|降|跌|涨|少了|多了|低了|高了|掉了|变化?(这么|那么|这样|得这么)|波动(这么|那么))|(?<![a-z0-9])(why|how come|what(?:'s| is| was)? (drove|driving|drives|caused|causing|causes|explains))(?![a-z0-9])")]
    private static partial Regex Why();

    // The movement asked about ("降了", "go up", "dropped"): part of the why question, taken with it.
    [GeneratedRegex(@"(下降|上升|降低|升高|增长|减少|下滑|下跌|上涨|暴涨|暴跌|大跌|大涨|降|跌|涨|少|多|高|低)(了|这么多|那么多)?|(?<![a-z0-9])(go(ne|es)? (up|down)|went (up|down)|(rise|rose|risen|rising|fall|fell|fallen|falling|drop|dropped|dropping|decline|declined|declining|increase|increased|decrease|decreased|jump|jumped|spike|spiked|grow|grew|grown|shrink|shrank|change|changed)s?)(?![a-z0-9])")]
    private static partial Regex Movement();

    public static bool Asks(string text) => Why().IsMatch(text);

    /// <summary>
    /// <paramref name="blocked"/> with a why question's why and movement words added: "为什么涨了" describes no metric ("涨" is
    /// the change asked about, not new members), so a metric is described only by the rest. Other questions' are returned as given.
    /// </summary>
    public static bool[] Blocking(string text, bool[] blocked)
    {
        if (!Asks(text)) return blocked;
        var more = (bool[])blocked.Clone();
        foreach (var span in Spans(text)) Array.Fill(more, true, span.Start, span.Length);
        return more;
    }

    /// <summary>The why words and, in a why question, its movement words, for the coverage check.</summary>
    public static IEnumerable<ConsumedSpan> Spans(string text) =>
        Asks(text)
            ? Why().Matches(text).Concat(Movement().Matches(text)).Select(m => new ConsumedSpan(m.Index, m.Length, SpanKind.Explain))
            : [];
}
