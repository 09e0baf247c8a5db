namespace MetricAssistant.Evals;

/// <summary>
/// One question of the golden or held-out set and the answer it should get (see <c>evals/CONVENTIONS.md</c>).
/// <see cref="File"/> is the YAML file it came from, relative to the set's folder. A turn of a conversation case
/// is a case too, scored as one, with <see cref="Turn"/> saying which conversation and turn it is (null for a single case).
/// </summary>
public sealed record EvalCase(
    string Id,
    string Question,
    string User,
    string Now,
    string Lang,
    IReadOnlyList<string> Tags,
    EvalExpectation Expect,
    string File,
    bool HeldOut,
    EvalTurn? Turn = null)
{
    /// <summary>The first tag: the case's main category.</summary>
    public string MainTag => Tags.Count > 0 ? Tags[0] : "";
}
