namespace MetricAssistant.QueryModel;

/// <summary>
/// Which moment of the range a value stands for when it is not the whole range. <see cref="PeriodEnd"/>
/// (月末, 期末, "as of", "at the end of"): a snapshot metric takes its last snapshot in the period rather
/// than the average over them; a cumulative one is its total at the end, as always.
/// </summary>
public enum ValueAt { PeriodEnd }
