using MetricAssistant.Catalog.Model;

namespace MetricAssistant.Understanding.Concepts;

/// <summary>
/// A conversion rate and the company's plain ratio over the same rows (appointment_purchase_rate, appointment_conversion_rate):
/// a window asked of the ratio asks for the conversion; a conversion described without its window is the ratio.
/// </summary>
public static class ConversionRatios
{
    /// <summary>The one published ratio whose parts all count a conversion's base rows (both over one model), or null.</summary>
    public static string? PlainRatioOf(string conversionId, SemanticCatalog catalog)
    {
        if (catalog.FindMetric(conversionId)?.Calculation is not { Type: MetricType.Conversion } conversion
            || conversion.Inputs.FirstOrDefault(i => i.Name == ConversionParameters.BaseInput)?.Inline?.Model is not { } model) return null;
        var over = catalog.Metrics.Values.Where(m => m.IsPublished && m.Calculation.Type == MetricType.Ratio && ModelsOf(m, catalog) is [var only] && only == model)
            .Select(m => m.Id).ToList();
        return over is [var plain] ? plain : null;
    }

    /// <summary>The one published conversion rate whose base events are the rows a ratio counts (both over one model), or null.</summary>
    public static string? ConversionOver(MetricDefinition ratio, SemanticCatalog catalog)
    {
        if (ratio.Calculation.Type != MetricType.Ratio || ModelsOf(ratio, catalog) is not [{ } model]) return null;
        // A ratio is a rate: the conversion metric that reports one (not the count of conversions).
        var over = catalog.Metrics.Values.Where(m => m.IsPublished && m.Calculation.Conversion?.Calculation == ConversionCalculation.ConversionRate
            && m.Calculation.Inputs.Any(i => i.Name == ConversionParameters.BaseInput && i.Inline?.Model == model)).Select(m => m.Id).ToList();
        return over is [var only] ? only : null;
    }

    private static List<string?> ModelsOf(MetricDefinition ratio, SemanticCatalog catalog) =>
        [.. ratio.Calculation.Inputs.Select(i => i.Inline?.Model ?? (i.MetricId is { } id ? catalog.FindMetric(id)?.Calculation.Simple?.Model : null)).Distinct()];
}
