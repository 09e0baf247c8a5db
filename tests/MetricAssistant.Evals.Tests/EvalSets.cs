using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Evals.Tests;

/// <summary>The repository's golden and held-out sets, loaded once.</summary>
internal static class EvalSets
{
    public static string GoldenDirectory => Path.Combine(TestRepository.Root, "evals", "golden");
    public static string HoldoutDirectory => Path.Combine(TestRepository.Root, "evals", "holdout");

    private static readonly Lazy<(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems)> GoldenSet = new(() => EvalSetLoader.Load(GoldenDirectory, heldOut: false));
    private static readonly Lazy<(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems)> HoldoutSet = new(() => EvalSetLoader.Load(HoldoutDirectory, heldOut: true));

    public static (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems) Golden => GoldenSet.Value;
    public static (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems) Holdout => HoldoutSet.Value;

    public static IReadOnlyList<EvalCase> All => [.. Golden.Cases, .. Holdout.Cases];
}
