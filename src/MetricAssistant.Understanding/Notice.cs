using MetricAssistant.QueryModel;

namespace MetricAssistant.Understanding;

/// <summary>
/// A choice made for the asker that the answer must state: read as typed values here, rendered to text
/// in one place (the application's messages). The kinds form one closed family, hence one file.
/// </summary>
public abstract record Notice;

/// <summary>The question gave no period, so the metric's default window was used ("last_month").</summary>
public sealed record DefaultWindowUsed(string Window) : Notice;

/// <summary>The question named a deprecated metric; its published successor answers instead.</summary>
public sealed record AnsweredByReplacement(string DeprecatedId, string ReplacementId) : Notice;

/// <summary>A word a family of metrics shares (GMV) was read as the family's company standard.</summary>
public sealed record OfficialChosen(string MetricId) : Notice;

/// <summary>A word that could mean several metrics: the answer is a question back, never a guess.</summary>
public sealed record AmbiguousWord : Notice;

/// <summary>The question names no metric (only a value, a split or "how are we doing"): the headline metrics are offered.</summary>
public sealed record NoMetricNamed : Notice;

/// <summary>The question was read as a follow-up: the parts it did not name come from <see cref="Previous"/>.</summary>
public sealed record FollowedUpOn(SemanticQuery Previous) : Notice;

/// <summary>The asker's row rules limited the rows the answer covers.</summary>
public sealed record ScopeApplied(IReadOnlyList<QueryFilter> Scope) : Notice;

/// <summary>
/// A period-end word (月末, "end of") on a metric that adds events up over the period (<see cref="MetricId"/>):
/// it has no value at a moment, so the whole period's value is answered and the answer names the word.
/// </summary>
public sealed record PeriodEndNotApplicable(string Words, string MetricId) : Notice;

/// <summary>A meaningful part of the question no reading step took: the answer says it was not taken into account.</summary>
public sealed record NotUnderstood(string Text) : Notice;

/// <summary>
/// A part of the question, in a clause of its own, asks for what the catalog's owners list as not governed ("the
/// inventory on hand" beside "units sold by category"): the rest is answered and the answer says that part is not.
/// </summary>
public sealed record NotInCatalog(string Text) : Notice;

/// <summary>
/// The question says a period is meant ("年初", "lately") without saying which: the answer asks for the period. The
/// metrics understood are named in that question, not offered as choices (choosing one would ask the same again).
/// </summary>
public sealed record VaguePeriod(string Words, IReadOnlyList<string> Metrics) : Notice
{
    public bool Equals(VaguePeriod? other) => other is not null && Words == other.Words && Metrics.SequenceEqual(other.Metrics);

    public override int GetHashCode() => HashCode.Combine(Words, Metrics.Count);
}

/// <summary>A span typed by sound with the wrong characters (京冬) was read as the catalog name it sounds like (京东).</summary>
public sealed record ReadAsSoundingName(string Typed, string Meant) : Notice;

/// <summary>
/// A story told before the ask was set aside as background: its times, places and channels are not the question's. The
/// answer names it, so nothing is dropped silently.
/// </summary>
public sealed record TreatedAsBackground(string Text) : Notice;

/// <summary>
/// A split read from words naming the asker's own part of <see cref="Dimension"/> (本区域, 我负责的几个渠道, "my region's"):
/// for an asker whose row rule already is that part, no split (the rows are already theirs) and the words are understood.
/// </summary>
public sealed record OwnScopeNamed(string Dimension, string Words) : Notice;
