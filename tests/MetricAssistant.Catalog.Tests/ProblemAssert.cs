using MetricAssistant.Catalog.Loading;
using MetricAssistant.Catalog.Validation;

namespace MetricAssistant.Catalog.Tests;

internal static class ProblemAssert
{
    /// <summary>The load failed with exactly one problem, of the given code; anything else fails with the full list.</summary>
    public static CatalogProblem Single(CatalogLoadResult result, string code)
    {
        var listing = string.Join("\n", result.Problems);
        Assert.True(result.Problems.Count == 1 && result.Problems[0].Code == code,
            $"expected exactly one '{code}' problem, got {result.Problems.Count}:\n{listing}");
        Assert.Null(result.Catalog);
        return result.Problems[0];
    }

    public static void At(CatalogProblem problem, string file, int line)
    {
        Assert.Equal(file, problem.File);
        Assert.Equal(line, problem.Line);
    }
}
