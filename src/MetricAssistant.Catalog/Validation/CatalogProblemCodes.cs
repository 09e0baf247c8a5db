namespace MetricAssistant.Catalog.Validation;

/// <summary>The stable codes of <see cref="CatalogProblem"/>, for tests and tools that filter problems.</summary>
public static class CatalogProblemCodes
{
    public const string CatalogNotFound = "catalog-not-found";
    public const string ReadError = "read-error";
    public const string YamlSyntax = "yaml-syntax";
    public const string NotAMapping = "not-a-mapping";
    public const string InvalidField = "invalid-field";
    public const string InvalidTableName = "invalid-table-name";
    public const string MissingField = "missing-field";
    public const string UnknownField = "unknown-field";
    public const string UnknownValue = "unknown-value";
    public const string InvalidId = "invalid-id";
    public const string MissingName = "missing-name";
    public const string MissingDescription = "missing-description";
    public const string DuplicateId = "duplicate-id";
    public const string UnknownModel = "unknown-model";
    public const string UnknownMeasure = "unknown-measure";
    public const string UnknownColumn = "unknown-column";
    public const string UnknownJoin = "unknown-join";
    public const string UnknownDimension = "unknown-dimension";
    public const string UnknownDimensionValue = "unknown-dimension-value";
    public const string UnknownTimeDimension = "unknown-time-dimension";
    public const string UnknownMetric = "unknown-metric";
    public const string UnknownInput = "unknown-input";
    public const string InvalidExpression = "invalid-expression";
    public const string TimeColumnType = "time-column-type";
    public const string BindingType = "binding-type";
    public const string FilterValues = "filter-values";
    public const string MetricCycle = "metric-cycle";
    public const string DeprecatedInput = "deprecated-input";
    public const string SynonymConflict = "synonym-conflict";
    public const string AmbiguousOwnName = "ambiguous-own-name";
    public const string DeprecatedWithoutReplacement = "deprecated-without-replacement";
    public const string UnknownReplacement = "unknown-replacement";
    public const string ReplacementNotPublished = "replacement-not-published";
    public const string ReplacementWithoutDeprecation = "replacement-without-deprecation";
    public const string FamilyOfficial = "family-official";
    public const string DuplicateValueCode = "duplicate-value-code";
    public const string ValueSynonymConflict = "value-synonym-conflict";
    public const string WithinConflict = "within-conflict";
    public const string ChangelogOrder = "changelog-order";
    public const string ChangelogVersionMismatch = "changelog-version-mismatch";
    public const string ReservedWord = "reserved-word";
    public const string TooLong = "too-long";
    public const string DuplicateDocument = "duplicate-document";
}
