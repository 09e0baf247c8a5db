namespace MetricAssistant.Catalog.Validation;

/// <summary>
/// One thing wrong with the catalog, pointing at the file and line to fix. <see cref="Suggestion"/> is a
/// ready-to-print hint such as "did you mean 'pay_amount'?".
/// </summary>
public sealed record CatalogProblem(string File, int Line, string Code, string Message, string? Suggestion)
{
    // "catalog/metrics/aov.yaml:14: unknown measure 'pay_amout' of model 'orders' — did you mean 'pay_amount'?"
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        return Suggestion is null ? $"{where}: {Message}" : $"{where}: {Message} — {Suggestion}";
    }
}
