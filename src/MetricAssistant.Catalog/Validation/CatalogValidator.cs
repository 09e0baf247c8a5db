
namespace MetricAssistant.Catalog.Validation;

/// <summary>Runs every catalog rule over a draft.</summary>
internal static class CatalogValidator
{
    private static readonly ICatalogRule[] Rules =
    [
        new NamingRule(),
        new DuplicateIdRule(),
        new JoinRule(),
        new DimensionBindingRule(),
        new TimeDimensionRule(),
        new MeasureRule(),
        new MetricCalculationRule(),
        new MetricCycleRule(),
        new SynonymConflictRule(),
        new DeprecationRule(),
        new FamilyRule(),
        new DimensionValueRule(),
        new ChangelogRule(),
    ];

    public static void Validate(CatalogDraft draft, ProblemSink problems)
    {
        foreach (var rule in Rules) rule.Check(draft, problems);
    }
}
