using MetricAssistant.Catalog.Model;
using MetricAssistant.QueryModel;
using MetricAssistant.Understanding.Concepts;
using MetricAssistant.Understanding.Coverage;
using MetricAssistant.Understanding.Examples;
using MetricAssistant.Understanding.Lexicon;
using MetricAssistant.Understanding.Parsing;
using MetricAssistant.Understanding.Retrieval;
using MetricAssistant.Understanding.Text;
using MetricAssistant.Understanding.Time;
using MetricAssistant.Understanding.Timing;
using static MetricAssistant.Understanding.MatchRules;

namespace MetricAssistant.Understanding;

/// <summary>
/// The question as read before any metric is chosen: its normalised text, the conversion window, the period-end and version
/// words, the time read, the characters blocked from catalog terms, and the catalog terms found (joined, typos fixed).
/// </summary>
/// <param name="Scanned">The terms the lexicon scan found, before qualified joins and typo fixes (the example key reads them).</param>
/// <param name="Held">Value terms a longer described word took ("stores" of "came into our stores"): a place the slices may still read.</param>
/// <param name="PeriodAsked">A period is asked, not a point at its end ("上个月一共进账多少" against "上个月底一共多少会员").</param>
internal sealed record QuestionScan(
    string Text,
    string Language,
    CalendarWindow? ConversionWindow,
    (string Ratio, string Conversion)? WindowMeant,
    IReadOnlyList<PeriodEndWords.Mention> PeriodEnd,
    IReadOnlyList<VersionPinWords.Mention> VersionWords,
    TimeResolution Timing,
    bool PeriodAsked,
    bool[] Blocked,
    IReadOnlyList<TermMatch> Scanned,
    IReadOnlyList<TermMatch> Matches)
{
    public IReadOnlyList<TermMatch> Held { get; init; } = [];

    /// <summary>What the reading did to the words before any term was read (a story set aside, a name typed by sound read), for the answer to say.</summary>
    public IReadOnlyList<Notice> Said { get; init; } = [];

    private string? rest;

    /// <summary>The text with its blocked characters (time, period-end and version words) blanked out; made once, when first read.</summary>
    public string Rest => rest ??= new string(Text.Select((c, i) => Blocked[i] ? ' ' : c).ToArray());
}
