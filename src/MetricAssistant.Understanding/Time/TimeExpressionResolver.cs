using System.Text.RegularExpressions;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Time.Rules;

namespace MetricAssistant.Understanding.Time;

/// <summary>
/// Resolves the time expressions of a normalised question (Chinese, English or mixed) into half-open
/// ranges, following evals/CONVENTIONS.md. Rule families (relative periods, rolling windows, absolute
/// dates, year parts, day ranges, festivals, comparisons) each propose candidates; the longest
/// non-overlapping ones are kept, a day said with a week word becomes its week ("week of June 9") and a month
/// with a ten-day word its part ("6月上旬"), neighbours are joined into ranges ("1月到3月", "年初到年中"), and Microsoft
/// Recognizers is asked when no rule found a period but the text still looks like it names one, or when
/// date words are left over beside the rules' reading (its wider reading of one English expression wins).
/// <para>The range is the first period mentioned; comparison words (同比, vs last month) set
/// <see cref="TimeResolution.ImpliedComparison"/> and never become the range. Deterministic for a given
/// (text, now); thread-safe; never throws.</para>
/// </summary>
public sealed class TimeExpressionResolver : ITimeResolver
{
    /// <summary>Only the beginning of very long text is read: a question is far shorter.</summary>
    public const int MaxScanLength = 2_000;

    private readonly bool _useRecognizers;

    /// <param name="useRecognizers">Ask Microsoft Recognizers for expressions the rules miss (slower: about 1 ms).</param>
    public TimeExpressionResolver(bool useRecognizers = true) => _useRecognizers = useRecognizers;

    /// <summary>
    /// Pays Recognizers' one-off start-up cost (300–600 ms: it builds its English models on first use)
    /// so the first question that needs it does not. Call once at application start; optional.
    /// </summary>
    public void WarmUp()
    {
        if (_useRecognizers) _ = RecognizerFallback.Find("the third week of 2020", new DateTime(2020, 6, 1)).Count();
    }

    public TimeResolution Resolve(string text, DateTime now)
    {
        if (string.IsNullOrEmpty(text)) return TimeResolution.None;
        var today = DateOnly.FromDateTime(now);
        if (!DateMath.IsSafe(today)) return TimeResolution.None;
        var scan = text.Length > MaxScanLength ? text[..MaxScanLength] : text;
        // The contract is normalised text; lower-casing again costs nothing when it is, and keeps positions.
        if (scan.AsSpan().ContainsAnyInRange('A', 'Z')) scan = scan.ToLowerInvariant();
        try
        {
            var accepted = Select(Find(scan, today));
            WeekOfRules.Widen(scan, accepted);
            MonthPartRules.Narrow(scan, accepted);
            RangeComposer.Compose(scan, today, accepted);
            if (_useRecognizers && !HasPeriod(accepted)) AddFromRecognizers(scan, now, accepted);
            else if (_useRecognizers) RecognizerWidening.Apply(scan, now, accepted);
            return Build(scan, accepted);
        }
        catch (RegexMatchTimeoutException)
        {
            return TimeResolution.None; // pathological input: no time rather than an error
        }
        catch (ArgumentOutOfRangeException)
        {
            return TimeResolution.None; // a date past year 9999 from an absurd `now` or count
        }
    }

    private static List<TimeCandidate> Find(string text, DateOnly today)
    {
        var found = new List<TimeCandidate>(8);
        RelativePeriodRules.Find(text, today, found);
        RollingWindowRules.Find(text, today, found);
        ToDateRules.Find(text, today, found);
        ChineseDateRules.Find(text, today, found);
        DayOfMonthRules.Find(text, today, found);
        LunarDateRules.Find(text, today, found);
        EnglishDateRules.Find(text, today, found);
        YearPartRules.Find(text, today, found);
        DayRangeRules.Find(text, today, found);
        FestivalRules.Find(text, today, found);
        ColloquialRules.Find(text, today, found);
        ShorthandRules.Find(text, today, found);
        BoundaryRules.Find(text, today, found);
        WeekOfRules.Find(text, today, found);
        MonthPartRules.Find(text, today, found);
        ComparisonRules.Find(text, found);
        return found;
    }

    /// <summary>Longest first (then higher priority, then leftmost); a candidate overlapping a kept one is dropped.</summary>
    private static List<TimeCandidate> Select(List<TimeCandidate> found)
    {
        found.Sort(static (a, b) =>
            a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority)
            : a.Start.CompareTo(b.Start));
        var accepted = new List<TimeCandidate>(found.Count);
        foreach (var candidate in found)
        {
            var overlaps = false;
            foreach (var kept in accepted)
                if (candidate.Start < kept.End && kept.Start < candidate.End) { overlaps = true; break; }
            if (!overlaps) accepted.Add(candidate);
        }
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    private static bool HasPeriod(List<TimeCandidate> accepted)
    {
        foreach (var c in accepted)
            if (c.Shape is CandidateShape.Calendar or CandidateShape.Window) return true;
        return false;
    }

    private static void AddFromRecognizers(string text, DateTime now, List<TimeCandidate> accepted)
    {
        if (!RecognizerFallback.Worth(text)) return;
        var masked = text;
        if (accepted.Count > 0)
        {
            // Blank what the rules already read (同比, vs last year) so Recognizers does not read 去年 again.
            var chars = text.ToCharArray();
            foreach (var c in accepted) Array.Fill(chars, ' ', c.Start, c.Length);
            masked = new string(chars);
            if (!RecognizerFallback.Worth(masked)) return;
        }
        foreach (var candidate in RecognizerFallback.Find(masked, now))
        {
            accepted.Add(candidate);
            break; // the first closed range is the question's range
        }
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
    }

    private static TimeResolution Build(string text, List<TimeCandidate> accepted)
    {
        if (accepted.Count == 0) return TimeResolution.None;
        DateRange? range = null;
        Comparison? comparison = null;
        foreach (var c in accepted)
        {
            if (c.Shape == CandidateShape.Comparison) comparison ??= c.Comparison;
            else range ??= c.Range;
        }
        var mentions = new List<TimeMention>(accepted.Count);
        foreach (var c in accepted)
        {
            if (c.Shape == CandidateShape.Invalid) continue;
            // A comparison mention carries its baseline (a year earlier / the period before), when there is a range.
            var mentionRange = c.Shape != CandidateShape.Comparison ? c.Range
                : range is null ? null
                : c.Comparison == Comparison.Yoy ? DateMath.YearEarlier(range) : DateMath.Previous(range);
            if (mentionRange is not null) mentions.Add(new TimeMention(text.Substring(c.Start, c.Length), c.Start, c.Length, mentionRange));
        }
        return new TimeResolution(range, mentions, comparison);
    }
}
