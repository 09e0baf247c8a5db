namespace MetricAssistant.Compiler;

/// <summary>
/// A mistake in a query, as a value: a stable <see cref="Code"/>, a message for people and what could
/// be used instead (nearest names, or the dimensions a metric can be split by).
/// </summary>
public sealed record CompileError(string Code, string Message, IReadOnlyList<string> Suggestions)
{
    public static CompileError Of(string code, string message, IEnumerable<string>? suggestions = null) =>
        new(code, message, suggestions?.ToArray() ?? []);
}
