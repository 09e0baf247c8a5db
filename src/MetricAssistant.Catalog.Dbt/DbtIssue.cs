namespace MetricAssistant.Catalog.Dbt;

/// <summary>
/// Something of a dbt project the catalog did not take as written: where (file and line), which definition, which
/// feature and why. <see cref="Dropped"/> says whether the definition was left out (else it was imported with a note).
/// </summary>
public sealed record DbtIssue(string File, int Line, string Definition, DbtFeature Feature, string Reason, bool Dropped = true)
{
    public override string ToString() =>
        $"{File}:{Line}: {Definition}: {DbtFeatureNames.Of(Feature)}{(Dropped ? "" : " (imported)")}: {Reason}";
}
