namespace MetricAssistant.Catalog.Model;

/// <summary>
/// What a metric measures, in words a question can be read into: what is counted or summed
/// (<see cref="Subjects"/>: "money", "people", and the words of its model and measure such as "order",
/// "refund"), the state its rows are in (<see cref="States"/>: "paid", "cancelled", from its fixed
/// filters and time column), how (<see cref="Shape"/>) and which way is good. Derived by the catalog from
/// the definition; <see cref="Declared"/> holds what the YAML's optional <c>concepts:</c> adds. A ratio
/// carries the signatures of its numerator and denominator.
/// </summary>
public sealed record MetricSignature(
    string MetricId,
    SignatureShape Shape,
    IReadOnlyList<string> Subjects,
    IReadOnlyList<string> States,
    IReadOnlyList<string> Declared,
    MetricSignature? Numerator,
    MetricSignature? Denominator,
    BetterDirection Better)
{
    /// <summary>The state of rows counted or summed at their own creation (orders by order time): the plain reading.</summary>
    public const string Placed = "placed";

    /// <summary>States its fixed filters leave out ("cancelled" for orders not cancelled): asking for them asks for another metric.</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>
    /// What makes this metric itself rather than the one it is built on: the conversion event of a conversion ("paid"
    /// of buyers after an appointment), "growth" of a metric against an earlier period, "period_end" of a period's last
    /// snapshot. A question that does not say it asks for the plainer metric.
    /// </summary>
    public IReadOnlyList<string> Defining { get; init; } = [];

    /// <summary>
    /// What a conversion starts from and how long it waits (the appointments of buyers after an appointment, its window):
    /// a question that does not say them may be offered the metric but is not answered with it.
    /// </summary>
    public IReadOnlyList<string> Origin { get; init; } = [];

    /// <summary>The word a growth against an earlier period (a derived metric with a time offset) is known by.</summary>
    public const string Growth = "growth";

    /// <summary>The word of a conversion counted within a window after its base event ("within 7 days").</summary>
    public const string Window = "window";

    /// <summary>The word of a period's last snapshot.</summary>
    public const string PeriodEnd = "period_end";

    /// <summary>The words of this signature alone, without its parts'.</summary>
    public IEnumerable<string> OwnWords => Subjects.Concat(States).Concat(Declared);

    /// <summary>Every word, the parts' included, each once.</summary>
    public IReadOnlyList<string> Words =>
        OwnWords.Concat(Numerator?.Words ?? []).Concat(Denominator?.Words ?? []).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The metric ids this one is a ratio of (none for simple metrics or inline parts).</summary>
    public IEnumerable<string> PartIds =>
        new[] { Numerator, Denominator }.OfType<MetricSignature>().Select(p => p.MetricId).Where(id => id.Length > 0);
}
