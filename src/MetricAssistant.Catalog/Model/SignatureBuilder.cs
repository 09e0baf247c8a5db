namespace MetricAssistant.Catalog.Model;

/// <summary>
/// Derives a metric's <see cref="MetricSignature"/> from its definition alone, so that a new catalog
/// gets signatures without new words anywhere: money from a currency unit, people from a people unit,
/// what is counted from the names of its model and measure, states from its fixed filters
/// ("paid_time is_not_null" → paid, "status in [cancelled]" → cancelled) and its time column, the shape
/// from its type, aggregation and unit, the parts of a ratio from its numerator and denominator.
/// </summary>
internal sealed class SignatureBuilder(SemanticCatalog catalog)
{
    // The suffixes that make a column a timestamp or key of an event: "paid_time" → paid, "order_id" → order.
    private static readonly string[] EventSuffixes = ["_time", "_at", "_date", "_id", "_on"];

    /// <summary>The state of rows counted at their own creation with no other state: placed orders.</summary>
    public const string Placed = MetricSignature.Placed;

    // The words of each identifier and event column, split once: a large catalog's metrics name the same few models,
    // measures and columns (at 100k metrics, splitting them again for each was most of the signatures' allocations).
    private readonly Dictionary<string, string[]> identifierWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> eventWords = new(StringComparer.Ordinal);

    public MetricSignature Of(MetricDefinition metric) => Of(metric, depth: 0);

    private MetricSignature Of(MetricDefinition metric, int depth)
    {
        var calculation = metric.Calculation;
        string[] declared = metric.Concepts.Count == 0 ? [] : metric.Concepts.Select(Word).Where(w => w.Length > 0).Distinct().ToArray();
        switch (calculation.Type)
        {
            case MetricType.Ratio when depth < 8:
                var numerator = Part(calculation.Inputs.FirstOrDefault(i => i.Name == "numerator"), metric, depth);
                var denominator = Part(calculation.Inputs.FirstOrDefault(i => i.Name == "denominator"), metric, depth);
                var shape = IsShare(metric) ? SignatureShape.Share : SignatureShape.AveragePer;
                return new MetricSignature(metric.Id, shape, Quantity(metric), [], declared, numerator, denominator, metric.Better);
            case MetricType.Derived when depth < 8:
                var parts = calculation.Inputs.Select(i => Part(i, metric, depth)).OfType<MetricSignature>().ToArray();
                // An input read at an earlier period (offset_window, offset_to_grain) makes a change against it: a growth.
                string[] growth = calculation.Inputs.Any(i => i.OffsetWindow is not null || i.OffsetToGrain is not null) ? [MetricSignature.Growth] : [];
                var words = parts.SelectMany(p => p.Words).Concat(Quantity(metric)).Concat(growth).Distinct().ToArray();
                // A derived percentage (growth against last year) is read as a rate, not as the amount it is built from.
                return new MetricSignature(metric.Id, IsShare(metric) ? SignatureShape.Share : SignatureShape.Derived, words, [], declared, null, null, metric.Better)
                {
                    Defining = growth,
                };
            case MetricType.Conversion when depth < 8:
                // The conversion events over the base events (the rate), or the conversion events alone (the count).
                var converted = Part(calculation.Inputs.FirstOrDefault(i => i.Name == ConversionParameters.ConversionInput), metric, depth);
                var based = Part(calculation.Inputs.FirstOrDefault(i => i.Name == ConversionParameters.BaseInput), metric, depth);
                // The conversion event's state (paid) is what it converts to: "预约了多少人" asks for appointments, not buyers.
                var converts = converted?.States ?? [];
                // What it converts from (the base's own rows: appointments) and its window are its own too: "what share of
                // customers bought" is no appointment purchase rate, nor "约了的人里买了的比例" one within 7 days.
                string[] origin = [.. (based?.Subjects.Except(converted?.Subjects ?? []) ?? [])
                    .Concat(calculation.Conversion?.Window is null ? [] : [MetricSignature.Window]).Distinct()];
                if (calculation.Conversion?.Calculation == ConversionCalculation.Conversions && converted is not null)
                    return converted with { MetricId = metric.Id, Declared = declared, Better = metric.Better, Defining = converts, Origin = origin };
                return new MetricSignature(metric.Id, SignatureShape.Share, Quantity(metric), [], declared, converted, based, metric.Better)
                {
                    Defining = converts,
                    Origin = origin,
                };
            default:
                return calculation.Simple is { } simple
                    ? Simple(metric.Id, metric, simple, declared, Running(calculation))
                    : new MetricSignature(metric.Id, SignatureShape.Sum, Quantity(metric), [], declared, null, null, metric.Better);
        }
    }

    private MetricSignature? Part(MetricInput? input, MetricDefinition owner, int depth)
    {
        if (input is null) return null;
        if (input.MetricId is not null)
            return catalog.FindMetric(input.MetricId) is { } part ? Of(part, depth + 1) : null;
        return input.Inline is { } inline ? Simple("", owner, inline, [], running: null) : null;
    }

    /// <summary>A running total's shape: over a trailing window (rolling), from the start of a period (to date), or from the beginning (cumulative).</summary>
    private static SignatureShape? Running(MetricCalculation calculation) =>
        calculation.Type != MetricType.Cumulative ? null
        : calculation.Window is not null ? SignatureShape.Rolling
        : calculation.GrainToDate is not null ? SignatureShape.ToDate
        : SignatureShape.Cumulative;

    private MetricSignature Simple(string id, MetricDefinition metric, SimpleCalculation simple, IReadOnlyList<string> declared, SignatureShape? running)
    {
        var model = catalog.FindModel(simple.Model);
        var measure = model?.FindMeasure(simple.Measure);
        // Only a total from the beginning of the data counts everything up to the date; a rolling or to-date total is of the period's events.
        var cumulative = running == SignatureShape.Cumulative;
        var shape = running is { } r ? r
            : measure?.SemiAdditive is not null ? SignatureShape.PeriodAverage
            : measure?.Aggregation switch
            {
                Aggregation.Count => SignatureShape.Count,
                Aggregation.CountDistinct => SignatureShape.DistinctCount,
                Aggregation.SumBoolean => SignatureShape.Count,
                _ => SignatureShape.Sum,
            };
        // An inline part (cancel_rate's "cancelled orders") counts in its own terms, not its owner's unit.
        var quantity = id.Length > 0 ? Quantity(metric) : [];
        var subjects = Distinct([quantity, Words(simple.Measure), Words(simple.Model)], except: []);
        var states = new List<string>();
        var excluded = new List<string>();
        foreach (var filter in simple.Filters)
        {
            switch (filter.Operator)
            {
                case FilterOperator.IsNotNull:
                    states.AddRange(EventWord(filter.Column.Column));
                    break;
                case FilterOperator.In or FilterOperator.Equals:
                    states.AddRange(filter.Values.SelectMany(Words));
                    break;
                case FilterOperator.NotIn or FilterOperator.NotEquals:
                    excluded.AddRange(filter.Values.SelectMany(Words));
                    break;
            }
        }
        // A period's last snapshot (headcount at month end) is asked for by its end: "人手多少" is the period's average.
        string[] snapshot = measure?.SemiAdditive?.Choice == WindowChoice.Max ? [MetricSignature.PeriodEnd] : [];
        // A running total counts everything up to the date, not the events of the period: its time column says nothing.
        if (!cumulative) states.AddRange(EventWord(simple.TimeDimension));
        // Rows counted or summed at their own creation ("orders" by order_time) with no state asked of them, in
        // a model whose rows have a later event too (paid_time), are the ones placed: "下了多少单", "orders placed".
        var ownEvent = EventWord(simple.TimeDimension);
        if (!cumulative && states.All(subjects.Contains) && shape is SignatureShape.Count or SignatureShape.Sum
            && ownEvent.Length > 0 && ownEvent.All(subjects.Contains) && model?.TimeDimensions.Count > 1)
            states.Add(Placed);
        return new MetricSignature(id, shape, subjects, Distinct([states], except: subjects), declared, null, null, metric.Better)
        {
            Excluded = Distinct([excluded], except: []),
            Defining = snapshot,
        };
    }

    /// <summary>
    /// The words of <paramref name="lists"/> in order, each once, leaving out those of <paramref name="except"/>: what
    /// Concat, Distinct and Where gave, without their sets and iterators for each of a large catalog's metrics.
    /// </summary>
    private static string[] Distinct(ReadOnlySpan<IReadOnlyList<string>> lists, IReadOnlyList<string> except)
    {
        List<string>? words = null;
        foreach (var list in lists)
            foreach (var word in list)
                if (!except.Contains(word) && words?.Contains(word) != true) (words ??= []).Add(word);
        return words is null ? [] : [.. words];
    }

    /// <summary>Money for a currency, people for people: what the number is in.</summary>
    private static string[] Quantity(MetricDefinition metric) =>
        metric.Format == "currency" || (metric.Unit.Length == 3 && metric.Unit.All(char.IsAsciiLetterUpper)) ? ["money"]
        : metric.Unit is "people" or "persons" ? ["people"]
        : [];

    private static bool IsShare(MetricDefinition metric) => metric.Format == "percent" || metric.Unit is "ratio" or "percent";

    /// <summary>"paid_time" → paid, "order_id" → order; a column without an event suffix says nothing.</summary>
    private string[] EventWord(string column)
    {
        if (eventWords.TryGetValue(column, out var known)) return known;
        string[] words = [];
        foreach (var suffix in EventSuffixes)
        {
            if (column.Length > suffix.Length && column.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                words = Words(column[..^suffix.Length]);
                break;
            }
        }
        eventWords.Add(column, words);
        return words;
    }

    /// <summary>The words of an identifier, singular: "order_items" → order, item.</summary>
    private string[] Words(string identifier)
    {
        if (identifierWords.TryGetValue(identifier, out var known)) return known;
        string[] words = [.. identifier.Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries).Select(Word).Where(w => w.Length > 1)];
        identifierWords.Add(identifier, words);
        return words;
    }

    private static string Word(string word)
    {
        var lower = word.Trim().ToLowerInvariant();
        if (!lower.All(char.IsAsciiLetter)) return lower;
        if (lower.EndsWith("ies", StringComparison.Ordinal) && lower.Length > 4) return lower[..^3] + "y";
        return lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) ? lower[..^1] : lower;
    }
}
