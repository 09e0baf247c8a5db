using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Catalog.Tests;

/// <summary>
/// The binary catalog snapshot names each property of the model it writes and reads: a property added to the model
/// and not to <c>CatalogSnapshotWriter</c> and <c>CatalogSnapshotReader</c> would be lost on every warm start, so the
/// model's properties are listed here and a new one fails until the format knows it.
/// </summary>
public sealed class CatalogSnapshotFormatTests
{
    [Fact]
    public void The_snapshot_format_knows_every_property_of_the_catalog_model()
    {
        // CatalogSnapshotWriter and CatalogSnapshotReader name each property: one added to the model and not to them
        // would be lost on every warm start. Add it to both, bump the format, then add it here.
        var known = Known.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(known, ModelProperties().Order(StringComparer.Ordinal).ToArray());
    }

    private const string Known =
        "AccessPolicy.ApprovalsRequired AccessPolicy.Groups AccessPolicy.PublicDefinitionTags AccessPolicy.Roles AccessPolicy.Users " +
        "AmbiguousTerm.Metrics AmbiguousTerm.Note AmbiguousTerm.Source AmbiguousTerm.Terms CalendarWindow.Count CalendarWindow.Unit " +
        "ColumnDefinition.Name ColumnDefinition.Nullable ColumnDefinition.Type ColumnDefinition.Values ColumnFilter.Column ColumnFilter.Operator ColumnFilter.Source " +
        "ColumnFilter.Values ColumnPath.Column ColumnPath.Joins ConstantProperty.Base ConstantProperty.Conversion ConstantProperty.Source " +
        "ConversionParameters.BaseEntity ConversionParameters.Calculation ConversionParameters.ConstantProperties ConversionParameters.ConversionEntity " +
        "ConversionParameters.Source ConversionParameters.Window DimensionBinding.Column DimensionBinding.Dimension DimensionBinding.Source " +
        "DimensionBinding.ValueMap DimensionDefinition.CodeType DimensionDefinition.Id DimensionDefinition.Name DimensionDefinition.Source " +
        "DimensionDefinition.Synonyms DimensionDefinition.Values DimensionValue.Code DimensionValue.Name DimensionValue.Synonyms DimensionValue.Within ValueWithin.Code ValueWithin.Dimension " +
        "FreshnessExpectation.ExpectedEvery FreshnessExpectation.ExpectedText FreshnessExpectation.LoadLog FreshnessExpectation.Source " +
        "FreshnessExpectation.TimeColumn GroupDefinition.Attributes GroupDefinition.Id GroupDefinition.Name GroupDefinition.Roles GroupDefinition.Source " +
        "JoinDefinition.FromColumn JoinDefinition.Model JoinDefinition.Name JoinDefinition.Source JoinDefinition.ToColumn LocalizedText.En LocalizedText.Zh " +
        "MeasureDefinition.Aggregation MeasureDefinition.Expression MeasureDefinition.Name MeasureDefinition.Percentile MeasureDefinition.ResultType " +
        "MeasureDefinition.SemiAdditive MeasureDefinition.Source MetricCalculation.Conversion MetricCalculation.Expression MetricCalculation.GrainToDate " +
        "MetricCalculation.Inputs MetricCalculation.PeriodAgg MetricCalculation.Simple MetricCalculation.Type MetricCalculation.Window " +
        "MetricChange.Author MetricChange.Date MetricChange.Summary MetricChange.Version MetricDefinition.Better MetricDefinition.Calculation " +
        "MetricDefinition.Changelog MetricDefinition.Concepts MetricDefinition.DefaultWindow MetricDefinition.DefinitionsPublic MetricDefinition.Description " +
        "MetricDefinition.Domain MetricDefinition.Family MetricDefinition.Format MetricDefinition.Freshness MetricDefinition.Id MetricDefinition.Lineage " +
        "MetricDefinition.Name MetricDefinition.Official MetricDefinition.Owner MetricDefinition.ReplacedBy MetricDefinition.Source MetricDefinition.Status " +
        "MetricDefinition.Sunset MetricDefinition.Synonyms MetricDefinition.Tags MetricDefinition.TypicalQuestions MetricDefinition.Unit MetricDefinition.Version " +
        "MetricGrant.All MetricGrant.DenyMetrics MetricGrant.DenyTags MetricGrant.Metrics MetricGrant.Tags MetricInput.Inline MetricInput.Label " +
        "MetricInput.MetricId MetricInput.Name MetricInput.OffsetToGrain MetricInput.OffsetWindow MetricInput.Source MetricLineage.Job " +
        "MetricLineage.SourceSystem MetricLineage.UpstreamTables ModelLineage.Job ModelLineage.Schedule ModelLineage.SourceSystem ModelLineage.UpstreamTables " +
        "NamingConventions.IdPattern NamingConventions.MaxIdLength NamingConventions.MaxNameLength NamingConventions.RequiredLanguages " +
        "NamingConventions.ReservedWords NamingConventions.Source PercentileOptions.Discrete PercentileOptions.Fraction PublicDefinitionTag.Source " +
        "PublicDefinitionTag.Tag RoleDefinition.Audit RoleDefinition.DeniedDimensions RoleDefinition.Governance RoleDefinition.Id RoleDefinition.Metrics " +
        "RoleDefinition.Name RoleDefinition.Owners RoleDefinition.RowRules RoleDefinition.Source RowRule.Attribute RowRule.Dimension RowRule.Source " +
        "RowRule.Values SemanticCatalog.Access SemanticCatalog.AmbiguousTerms SemanticCatalog.ContentHash SemanticCatalog.Dimensions SemanticCatalog.Metrics " +
        "SemanticCatalog.Models SemanticCatalog.Naming SemanticCatalog.UnsupportedTerms SemanticModel.Columns SemanticModel.Description " +
        "SemanticModel.Dimensions SemanticModel.Freshness SemanticModel.Id SemanticModel.Joins SemanticModel.Lineage SemanticModel.Measures " +
        "SemanticModel.PrimaryKey SemanticModel.Source SemanticModel.Table SemanticModel.TimeDimensions SemiAdditive.Choice SemiAdditive.PeriodAggregation " +
        "SemiAdditive.TimeDimension SimpleCalculation.EveryPeriod SimpleCalculation.Filters SimpleCalculation.Measure SimpleCalculation.Model " +
        "SimpleCalculation.NoRows SimpleCalculation.Source SimpleCalculation.TimeDimension SourceLocation.File SourceLocation.Line " +
        "TableName.Catalog TableName.Name TableName.Schema TimeDimension.Column TimeDimension.MinGrain TimeDimension.Name TimeDimension.Source " +
        "UnsupportedTerm.Condition UnsupportedTerm.Nearest UnsupportedTerm.Note UnsupportedTerm.Source UnsupportedTerm.Terms UserDefinition.Attributes " +
        "UserDefinition.Groups UserDefinition.Id UserDefinition.Name UserDefinition.Roles UserDefinition.Source";

    /// <summary>
    /// Every property of the model's types reachable from the catalog that holds state: settable (init) ones, and those
    /// a constructor sets (the table name's parts); derived ones (IsPublished, Reach, Parts) hold none.
    /// </summary>
    private static IEnumerable<string> ModelProperties()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(SemanticCatalog)]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type)) continue;
            foreach (var property in type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance))
            {
                var backed = type.GetField($"<{property.Name}>k__BackingField", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance) is not null;
                if (!backed || property.Name == "EqualityContract") continue;
                yield return $"{type.Name}.{property.Name}";
                foreach (var used in Types(property.PropertyType))
                    if (used.Namespace == typeof(SemanticCatalog).Namespace && !used.IsEnum) pending.Enqueue(used);
            }
        }

        static IEnumerable<Type> Types(Type type) =>
            type.IsGenericType ? type.GetGenericArguments().SelectMany(Types) : [Nullable.GetUnderlyingType(type) ?? type];
    }
}
