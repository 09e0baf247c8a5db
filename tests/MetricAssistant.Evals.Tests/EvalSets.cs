using MetricAssistant.Tests.Shared;

namespace MetricAssistant.Evals.Tests;

/// <summary>The repository's golden and held-out sets, loaded once.</summary>
internal static class EvalSets
{
    public static string GoldenDirectory => Path.Combine(TestRepository.Root, "evals", "golden");
    public static string HoldoutDirectory => Path.Combine(TestRepository.Root, "evals", "holdout");
    public static string BlindWave2Directory => Path.Combine(TestRepository.Root, "evals", "blind-w2");

    private static readonly Lazy<(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems)> GoldenSet = new(() => EvalSetLoader.Load(GoldenDirectory, heldOut: false));
    private static readonly Lazy<(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems)> HoldoutSet = new(() => EvalSetLoader.Load(HoldoutDirectory, heldOut: true));
    private static readonly Lazy<(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems)> BlindWave2Set = new(() => EvalSetLoader.Load(BlindWave2Directory, heldOut: true));

    public static (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems) Golden => GoldenSet.Value;
    public static (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems) Holdout => HoldoutSet.Value;

    /// <summary>The blind wave-2 set: run on its own (not in the gate), written in the kinds of issue #12.</summary>
    public static (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Problems) BlindWave2 => BlindWave2Set.Value;

    public static IReadOnlyList<EvalCase> All => [.. Golden.Cases, .. Holdout.Cases];
}
