using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// Within a dimension, value codes are unique and a word (code, name or synonym, case-insensitive) names one
/// value only, so "华东" in a question resolves to exactly one filter; a value lies only within values of other dimensions,
/// and within two of them (a store within its city and its region) only where they agree (the city lies within that region too).
/// </summary>
internal sealed class DimensionValueRule : ICatalogRule
{
    public void Check(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var dimension in draft.Dimensions)
        {
            var codes = new Dictionary<string, DimensionValue>(StringComparer.Ordinal);
            var words = new Dictionary<string, DimensionValue>(StringComparer.OrdinalIgnoreCase);
            foreach (var value in dimension.Values)
            {
                var at = draft.Where(value, "code", dimension.Source);
                if (value.Code.Length > 0 && !codes.TryAdd(value.Code, value))
                {
                    problems.Add(at, CatalogProblemCodes.DuplicateValueCode,
                        $"duplicate value code '{value.Code}' in dimension '{dimension.Id}', first defined at {draft.Where(codes[value.Code], "code", dimension.Source)}",
                        "merge the two values or give one another code");
                    continue;
                }
                foreach (var within in value.Within)
                    if (draft.Dimensions.FirstOrDefault(d => d.Id == within.Dimension) is not { } coarser || coarser.Id == dimension.Id || coarser.FindValue(within.Code) is null)
                        problems.Add(at, CatalogProblemCodes.UnknownDimensionValue,
                            $"value '{value.Code}' of dimension '{dimension.Id}' lies within '{within.Dimension}: {within.Code}', which is no value of another dimension",
                            "name a value of another catalog dimension under within:");
                foreach (var (within, other) in Disagreeing(draft, value))
                    problems.Add(at, CatalogProblemCodes.WithinConflict,
                        $"value '{value.Code}' of dimension '{dimension.Id}' lies within '{within.Dimension}: {within.Code}' and '{other.Dimension}: {other.Code}', but '{within.Code}' lies within '{other.Dimension}: {Coarser(draft, within, other.Dimension)}'",
                        "make the values under within: agree with each other's within:");
                foreach (var word in Words(value).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (words.TryAdd(word, value)) continue;
                    var owner = words[word];
                    problems.Add(at, CatalogProblemCodes.ValueSynonymConflict,
                        $"'{word}' names both value '{owner.Code}' and value '{value.Code}' of dimension '{dimension.Id}'",
                        "keep the word on one value only");
                }
            }
        }
    }

    /// <summary>Pairs of the value's within: where the first's own within: names another value of the second's dimension.</summary>
    private static IEnumerable<(ValueWithin Within, ValueWithin Other)> Disagreeing(CatalogDraft draft, DimensionValue value) =>
        from within in value.Within
        from other in value.Within
        where other.Dimension != within.Dimension
        let coarser = Coarser(draft, within, other.Dimension)
        where coarser is not null && coarser != other.Code
        select (within, other);

    private static string? Coarser(CatalogDraft draft, ValueWithin within, string dimension) =>
        draft.Dimensions.FirstOrDefault(d => d.Id == within.Dimension)?.FindValue(within.Code)?.Within.FirstOrDefault(w => w.Dimension == dimension)?.Code;

    private static IEnumerable<string> Words(DimensionValue value) =>
        new[] { value.Code, value.Name.Zh, value.Name.En }.Concat(value.Synonyms).Select(w => w.Trim()).Where(w => w.Length > 0);
}
