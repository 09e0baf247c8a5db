namespace MetricAssistant.Understanding.Examples;

/// <summary>
/// The accepted learned examples at one moment, oldest acceptance first (a later one wins on the same wording);
/// <see cref="Version"/> changes whenever the set does, so readers rebuild their lookup only then.
/// </summary>
public sealed record ExampleSnapshot(long Version, IReadOnlyList<QuestionExample> Examples)
{
    public static readonly ExampleSnapshot Empty = new(0, []);
}
