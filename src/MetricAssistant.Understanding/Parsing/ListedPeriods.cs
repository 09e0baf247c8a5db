using System.Text.RegularExpressions;
using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Time;

namespace MetricAssistant.Understanding.Parsing;

/// <summary>
/// Whole periods of the grain asked, listed one after the other ("yearly GMV for 2024 and 2025", "2024年和2025年每年的订单数",
/// "monthly refund rate for April and May"): one row per period is what the grain already gives, so they are one range over them
/// all. Only periods that meet end to start: a gap between them ("2023 and 2025") is no range the query can run.
/// </summary>
public static partial class ListedPeriods
{
    // The joining word between two listed periods: "and", "&", ",", 和, 与, 及, 、.
    [GeneratedRegex(@"^\s*(?:,|，|、|&|(?<![a-z])and(?![a-z])|和|与|跟|及|以及)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    /// <returns>The range over the periods listed first, or null when the question lists none so.</returns>
    public static DateRange? Span(string text, TimeResolution timing, TimeGrain grain)
    {
        var mentions = timing.Mentions.OrderBy(m => m.Start).ToList();
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            if (!Whole(mentions[i].Range, grain)) continue;
            var last = i;
            while (last + 1 < mentions.Count && Whole(mentions[last + 1].Range, grain)
                   && mentions[last + 1].Range.Start == mentions[last].Range.End
                   && mentions[last + 1].Start >= mentions[last].Start + mentions[last].Length
                   && Joiner().IsMatch(text[(mentions[last].Start + mentions[last].Length)..mentions[last + 1].Start]))
                last++;
            if (last > i) return new DateRange(mentions[i].Range.Start, mentions[last].Range.End);
        }
        return null;
    }

    // One whole period of the grain: a calendar year, quarter or month.
    private static bool Whole(DateRange range, TimeGrain grain) => range.IsWholeMonths && grain switch
    {
        TimeGrain.Year => range.Start.Month == 1 && range.Months == 12,
        TimeGrain.Quarter => (range.Start.Month - 1) % 3 == 0 && range.Months == 3,
        TimeGrain.Month => range.Months == 1,
        _ => false,
    };
}
